package dev.strata.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The header of a class file, read without a class-file library: the class's name, access
 * flags, superclass and interfaces (JVMS 4.1). The reader walks the constant pool once
 * and decodes only the names it needs; it does not look at fields, methods or attributes,
 * which is most of the cost of a full class reader in a JVM that has just started (ASM's
 * reader, for one, walks them all to find the bootstrap methods of a class with lambdas).
 *
 * @param name the binary name, with dots ({@code com.example.V1_Init$Nested})
 * @param access the access flags
 * @param superName the internal name of the superclass ({@code java/lang/Object} for
 * {@code Object} itself and for interfaces)
 * @param interfaces the internal names of the interfaces
 */
record ClassFileHeader(String name, int access, String superName, String[] interfaces) {

	private static final int MAGIC = 0xCAFEBABE;

	/**
	 * Read the header of a class file.
	 * @param bytes the class file
	 * @return its header
	 * @throws IllegalArgumentException if the bytes are not a class file
	 */
	static ClassFileHeader read(byte[] bytes) {
		try {
			if (bytes.length < 10 || readInt(bytes, 0) != MAGIC) {
				throw new IllegalArgumentException("Not a class file: it does not start with 0xCAFEBABE");
			}
			int count = readUnsignedShort(bytes, 8);
			int[] offsets = new int[count];
			int offset = 10;
			for (int index = 1; index < count; index++) {
				offsets[index] = offset + 1;
				int tag = bytes[offset] & 0xFF;
				offset += 1 + switch (tag) {
					case 1 -> 2 + readUnsignedShort(bytes, offset + 1);
					case 7, 8, 16, 19, 20 -> 2;
					case 15 -> 3;
					case 3, 4, 9, 10, 11, 12, 17, 18 -> 4;
					case 5, 6 -> 8;
					default -> throw new IllegalArgumentException("Unknown constant pool tag " + tag);
				};
				if (tag == 5 || tag == 6) {
					index++;
				}
			}
			int access = readUnsignedShort(bytes, offset);
			String name = className(bytes, offsets, readUnsignedShort(bytes, offset + 2));
			int superIndex = readUnsignedShort(bytes, offset + 4);
			String superName = (superIndex != 0) ? className(bytes, offsets, superIndex) : "java/lang/Object";
			String[] interfaces = new String[readUnsignedShort(bytes, offset + 6)];
			for (int i = 0; i < interfaces.length; i++) {
				interfaces[i] = className(bytes, offsets, readUnsignedShort(bytes, offset + 8 + 2 * i));
			}
			return new ClassFileHeader(name.replace('/', '.'), access, superName, interfaces);
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("Not a class file: it ends too soon", ex);
		}
	}

	private static String className(byte[] bytes, int[] offsets, int classIndex) {
		int utf8Offset = offsets[readUnsignedShort(bytes, offsets[classIndex])];
		int length = readUnsignedShort(bytes, utf8Offset);
		boolean ascii = true;
		for (int i = 0; i < length && ascii; i++) {
			ascii = bytes[utf8Offset + 2 + i] > 0;
		}
		if (ascii) {
			return new String(bytes, utf8Offset + 2, length, StandardCharsets.ISO_8859_1);
		}
		try {
			// Modified UTF-8, as DataInput reads it.
			return new DataInputStream(new ByteArrayInputStream(bytes, utf8Offset, length + 2)).readUTF();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int readUnsignedShort(byte[] bytes, int offset) {
		return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
	}

	private static int readInt(byte[] bytes, int offset) {
		return (readUnsignedShort(bytes, offset) << 16) | readUnsignedShort(bytes, offset + 2);
	}

}

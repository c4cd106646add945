package dev.strata.bench.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import com.sun.management.OperatingSystemMXBean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a benchmark app and prints what it measured on one line that the harness reads:
 * {@code BENCH runMs=... hwmKb=... heapPeakKb=...}. {@code runMs} is the time spent in
 * {@link SpringApplication#run(String...)}, which includes running the migrations (Flyway
 * and Liquibase while the context refreshes, Strata when the application is ready);
 * {@code runCpuMs} is the CPU time the main thread spent there, which other processes on
 * a busy machine disturb less than the elapsed time; {@code runProcessCpuMs} the CPU time
 * of the whole process meanwhile (every thread: the compilers, the collector, and a
 * tool's own threads). Memory is the peak resident set of the process ({@code VmHWM} in
 * {@code /proc/self/status}) and the sum of the peak usage of the heap pools.
 */
public final class StartupProbe {

	private StartupProbe() {
	}

	/**
	 * Run an application, measure it, close it.
	 * @param application the application class
	 * @param args the command line
	 * @param afterStart further measurements on the started context, recorded in the map
	 */
	public static void run(Class<?> application, String[] args,
			BiConsumer<ConfigurableApplicationContext, Map<String, Object>> afterStart) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long processCpuStart = process.getProcessCpuTime();
		long start = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplication(application).run(args);
		long runNanos = System.nanoTime() - start;
		long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
		long processCpuNanos = process.getProcessCpuTime() - processCpuStart;
		Map<String, Object> measures = new LinkedHashMap<>();
		measures.put("runMs", millis(runNanos));
		measures.put("runCpuMs", millis(cpuNanos));
		measures.put("runProcessCpuMs", millis(processCpuNanos));
		afterStart.accept(context, measures);
		context.close();
		report(measures);
	}

	/**
	 * Print the measurements with the memory figures added.
	 * @param measures the measurements
	 */
	public static void report(Map<String, Object> measures) {
		measures.put("jvmMs", ManagementFactory.getRuntimeMXBean().getUptime());
		long heapPeak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				heapPeak += pool.getPeakUsage().getUsed();
			}
		}
		measures.put("heapPeakKb", heapPeak / 1024);
		measures.put("hwmKb", procStatus("VmHWM:"));
		StringBuilder line = new StringBuilder("BENCH");
		measures.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		System.out.println(line);
	}

	/**
	 * Return nanoseconds as milliseconds with one decimal.
	 * @param nanos the nanoseconds
	 * @return the milliseconds, as text
	 */
	public static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
	}

	private static long procStatus(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: no figure
		}
		return -1;
	}

}

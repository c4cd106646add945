package dev.strata.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that holds every chunk of bytes, in each direction, for half a
 * round trip before passing it on: the apps then reach PostgreSQL as over a network with
 * that round-trip time (a database on another host), where each tool pays for its round
 * trips. Delays only: no bandwidth limit, no loss. Copying costs this process some CPU
 * per chunk, on the same CPUs as the apps.
 */
final class DelayingProxy implements AutoCloseable {

	private static final byte[] END = new byte[0];

	private final ServerSocket server;

	private final int targetPort;

	private final long oneWayNanos;

	private volatile boolean closed;

	private DelayingProxy(ServerSocket server, int targetPort, double roundTripMs) {
		this.server = server;
		this.targetPort = targetPort;
		this.oneWayNanos = (long) (roundTripMs * 1_000_000 / 2);
	}

	/**
	 * Start a proxy to a port on loopback.
	 * @param targetPort the port to pass connections on to
	 * @param roundTripMs the round-trip time to add, in milliseconds
	 * @return the proxy, accepting connections
	 * @throws IOException if it cannot listen
	 */
	static DelayingProxy start(int targetPort, double roundTripMs) throws IOException {
		DelayingProxy proxy = new DelayingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort,
				roundTripMs);
		daemon("delaying-proxy-accept", proxy::accept);
		return proxy;
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				AtomicInteger open = new AtomicInteger(2);
				Runnable closeBoth = () -> {
					if (open.decrementAndGet() == 0) {
						closeQuietly(client);
						closeQuietly(upstream);
					}
				};
				pump(client, upstream, closeBoth);
				pump(upstream, client, closeBoth);
			}
			catch (IOException ex) {
				if (!this.closed) {
					BenchHarness.log("delaying proxy: %s", ex);
				}
			}
		}
	}

	/**
	 * Pass the bytes read from one socket to the other, each chunk when its delay is
	 * over, in order.
	 */
	private void pump(Socket from, Socket to, Runnable done) throws IOException {
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();
		daemon("delaying-proxy-read", () -> {
			byte[] buffer = new byte[64 * 1024];
			try {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					chunks.add(new Chunk(Arrays.copyOf(buffer, read), System.nanoTime() + this.oneWayNanos));
				}
			}
			catch (IOException ex) {
				// the connection ended
			}
			chunks.add(new Chunk(END, System.nanoTime()));
		});
		daemon("delaying-proxy-write", () -> {
			try {
				while (true) {
					Chunk chunk = chunks.take();
					if (chunk.bytes() == END) {
						break;
					}
					long wait;
					while ((wait = chunk.due() - System.nanoTime()) > 0) {
						LockSupport.parkNanos(wait);
					}
					out.write(chunk.bytes());
					out.flush();
				}
				to.shutdownOutput();
			}
			catch (IOException ex) {
				// the other side ended
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				done.run();
			}
		});
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.server.close();
	}

	private record Chunk(byte[] bytes, long due) {
	}

}

package io.drkit.harness.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network path from one region to a service of the other (its AWS endpoint, its load balancer): a TCP relay on
 * loopback that the region's router and activities dial instead of the service. {@link #cut()} turns it into a
 * black hole, as a partition does: connections open and new ones stall, unanswered, until the caller's own timeout;
 * nothing is refused, so nobody learns more than a real partition would tell. {@link #restore()} mends it.
 */
final class CrossRegionLink implements AutoCloseable {

  private final String name;
  private final InetSocketAddress target;
  private final ServerSocket server;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;

  private CrossRegionLink(String name, InetSocketAddress target, ServerSocket server) {
    this.name = name;
    this.target = target;
    this.server = server;
  }

  static CrossRegionLink to(InetSocketAddress target, String name) {
    try {
      ServerSocket server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
      CrossRegionLink link = new CrossRegionLink(name, target, server);
      daemon("link-" + name, link::accept).start();
      return link;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("could not open the link " + name, e);
    }
  }

  static CrossRegionLink to(URI target, String name) {
    return to(new InetSocketAddress(target.getHost(), target.getPort()), name);
  }

  /** The target's URL as seen through the link: same scheme and path, the link's port. */
  URI through(URI targetUrl) {
    return URI.create(targetUrl.getScheme() + "://127.0.0.1:" + server.getLocalPort()
        + (targetUrl.getRawPath() == null ? "" : targetUrl.getRawPath()));
  }

  void cut() {
    cut = true;
    // open connections go silent: their far side is dropped, the near side is kept and never answered
    open.removeIf(socket -> {
      if (socket.getRemoteSocketAddress() != null && target.equals(socket.getRemoteSocketAddress())) {
        closeQuietly(socket);
        return true;
      }
      return false;
    });
  }

  void restore() {
    cut = false;
    // what stalled during the cut is reset; its callers have given up on it by now
    open.forEach(CrossRegionLink::closeQuietly);
    open.clear();
  }

  boolean isCut() {
    return cut;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        client.setTcpNoDelay(true);
        open.add(client);
        if (!cut) {
          daemon("link-" + name + "-connect", () -> connect(client)).start();
        }
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void connect(Socket client) {
    try {
      Socket upstream = new Socket();
      upstream.setTcpNoDelay(true);
      upstream.connect(target, 2000);
      open.add(upstream);
      daemon("link-" + name + "-up", () -> pump(client, upstream)).start();
      pump(upstream, client);
    } catch (IOException e) {
      if (!cut) {
        open.remove(client);
        closeQuietly(client); // the far side refused: say so, as the network would
      }
    }
  }

  /** Copies one direction until either side ends; during a cut the near side is left hanging. */
  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try {
      // not closed here: closing a socket's stream closes the socket, which a cut must leave hanging
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (cut) {
          return;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side went away
    } finally {
      if (!cut) {
        open.remove(from);
        open.remove(to);
        closeQuietly(from);
        closeQuietly(to);
      }
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // already closed
    }
    open.forEach(CrossRegionLink::closeQuietly);
  }

  @Override
  public String toString() {
    return name + (cut ? " (cut)" : "");
  }
}

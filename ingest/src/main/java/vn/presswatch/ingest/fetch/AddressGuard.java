package vn.presswatch.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to a loopback, private, link-local, multicast or otherwise internal address, so
 * that a feed or a redirect cannot make the crawler probe the network it runs in. Checked for the first URL and for
 * every redirect target. Turned off only by {@code fetch.allow-private-addresses} (tests and replay on loopback).
 */
public final class AddressGuard {
  private final boolean allowPrivate;

  public AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /**
   * @throws FetchException {@code private-address} when refused, {@code connect-failed} when the host is unknown,
   *     {@code bad-url} when the URL is not http(s)
   */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new FetchException("bad-url", uri.toString(), "only absolute http and https URLs are fetched");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new FetchException("connect-failed", uri.toString(), "unknown host " + uri.getHost(), e);
    }
    for (InetAddress a : addresses) {
      if (isInternal(a)) {
        throw new FetchException("private-address", uri.toString(),
            uri.getHost() + " resolves to internal address " + a.getHostAddress());
      }
    }
  }

  /** Whether an address is not on the public internet. */
  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
  }
}

package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrNonPublic is wrapped by the error of a connection refused because the
// address it would reach is not on the public internet.
var ErrNonPublic = errors.New("address is not public")

// nonPublic lists ranges that IsPrivate, IsLoopback and the link-local
// checks do not cover but that still do not belong to the public internet:
// shared carrier-grade NAT, IETF protocol assignments, documentation and
// benchmarking networks, reserved space, discard and Teredo prefixes.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("100::/64"),
	netip.MustParsePrefix("2001::/32"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("fec0::/10"),
}

// Public reports whether ip is an address on the public internet. IPv6
// forms that carry an IPv4 address (mapped, NAT64, 6to4) are judged by the
// IPv4 address inside, so 127.0.0.1 cannot be reached as ::ffff:127.0.0.1.
func Public(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsUnspecified() || ip.IsLoopback() || ip.IsPrivate() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsMulticast() ||
		ip.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b: // 64:ff9b::/96 NAT64
			return Public(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case b[0] == 0x20 && b[1] == 0x02: // 2002::/16 6to4
			return Public(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	return true
}

// guardControl runs after the address is resolved and before the socket
// connects, so it sees the very IP the connection goes to: a name that
// resolves to a public address when checked and a private one when used
// (DNS rebinding) is still refused.
func guardControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", address, ErrNonPublic)
	}
	if !Public(ap.Addr()) {
		return fmt.Errorf("connect to %s: %w", ap.Addr(), ErrNonPublic)
	}
	return nil
}

// dialer returns the function the transport connects with. pins maps
// "host:port" to another "host:port", as curl's --resolve does, so a
// benchmark can give many names to one local server.
func dialer(allowPrivate bool, pins map[string]string) func(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{Timeout: connectTimeout}
	if !allowPrivate {
		d.Control = guardControl
	}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		if to, ok := pins[addr]; ok {
			addr = to
		}
		return d.DialContext(ctx, network, addr)
	}
}

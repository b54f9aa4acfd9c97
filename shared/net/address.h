#pragma once
// Server addresses as people type them ("host:port", "[::1]:50551"), and whether traffic to them stays
// on this machine: plaintext is acceptable on loopback only, everything else needs TLS (DESIGN §5).
#include <QString>

namespace sohoi {

/// Splits "host:port" (IPv6 hosts in brackets). False when the port is missing or out of range.
bool splitHostPort(const QString& address, QString* host, int* port);

/// True for localhost, 127.0.0.0/8 and ::1 (brackets allowed).
bool isLoopbackHost(const QString& host);

}  // namespace sohoi

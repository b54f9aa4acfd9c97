#pragma once
// Everything a tablet needs to enrol, in one line a QR code can carry or a person can type:
//   sohoi://HOST:PORT/CODE?pin=SHA256
// the server's address, the one-time code and, for a server with its own certificate, that certificate's
// fingerprint (certificate_pin.h). A bare code is a ticket without address or pin.
#include <QString>
#include <optional>

namespace sohoi {

struct EnrolmentTicket {
  QString address;  // "host:port"; empty for a bare code
  QString code;
  QString pin;      // lower-case hex SHA-256 of the server's certificate; empty: trusted authorities
};

/// The ticket in text: a sohoi:// line, or a bare code (letters, digits, spaces and dashes). Nothing for
/// anything else (a malformed address or pin is not silently dropped).
std::optional<EnrolmentTicket> parseEnrolmentTicket(const QString& text);
/// The sohoi:// line for ticket. REQUIRES: address and code set.
QString formatEnrolmentTicket(const EnrolmentTicket& ticket);

}  // namespace sohoi

// The one line a QR code carries for enrolment: address, code and certificate pin.
#include "net/enrolment_ticket.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("a ticket carries the address, the code and the certificate pin, and reads back the same") {
  const QString pin(64, QLatin1Char('b'));
  const EnrolmentTicket ticket{QStringLiteral("hoilhpn.example.vn:50551"), QStringLiteral("ABCD2345"), pin};
  const QString line = formatEnrolmentTicket(ticket);
  CHECK(line == QStringLiteral("sohoi://hoilhpn.example.vn:50551/ABCD2345?pin=") + pin);
  const std::optional<EnrolmentTicket> parsed = parseEnrolmentTicket(QStringLiteral("  ") + line + QStringLiteral("\n"));
  REQUIRE(parsed);
  CHECK(parsed->address == ticket.address);
  CHECK(parsed->code == ticket.code);
  CHECK(parsed->pin == pin);
}

TEST_CASE("a bare code is a ticket without address or pin") {
  const std::optional<EnrolmentTicket> parsed = parseEnrolmentTicket(QStringLiteral("abcd-2345"));
  REQUIRE(parsed);
  CHECK(parsed->address.isEmpty());
  CHECK(parsed->code == QStringLiteral("abcd-2345"));
  CHECK(parsed->pin.isEmpty());
}

TEST_CASE("a malformed ticket is refused, not read in part") {
  for (const char* text : {"sohoi://no-port/ABCD2345", "sohoi://host:50551/", "sohoi://host:50551/ABCD2345?pin=xyz",
                           "sohoi://host:50551/ABCD2345?other=1", "http://host:50551/ABCD2345", "ABC!"}) {
    INFO(text);
    CHECK_FALSE(parseEnrolmentTicket(QString::fromUtf8(text)));
  }
}

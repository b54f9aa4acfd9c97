#include "enrolment_ticket.h"

#include "address.h"
#include "certificate_pin.h"

#include <QRegularExpression>

namespace sohoi {

namespace {

const QString kScheme = QStringLiteral("sohoi://");

bool looksLikeCode(const QString& text) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9 -]{4,64}$"));
  return pattern.match(text).hasMatch();
}

}  // namespace

std::optional<EnrolmentTicket> parseEnrolmentTicket(const QString& given) {
  const QString text = given.trimmed();
  if (!text.startsWith(kScheme, Qt::CaseInsensitive))
    return looksLikeCode(text) ? std::optional(EnrolmentTicket{{}, text, {}}) : std::nullopt;
  const QString rest = text.mid(kScheme.size());
  const qsizetype slash = rest.indexOf(QLatin1Char('/'));
  if (slash <= 0) return std::nullopt;
  EnrolmentTicket ticket;
  ticket.address = rest.left(slash);
  QString host;
  int port = 0;
  if (!splitHostPort(ticket.address, &host, &port)) return std::nullopt;
  QString tail = rest.mid(slash + 1);
  if (const qsizetype query = tail.indexOf(QLatin1Char('?')); query >= 0) {
    const QString parameter = tail.mid(query + 1);
    tail.truncate(query);
    if (!parameter.startsWith(QStringLiteral("pin="))) return std::nullopt;
    ticket.pin = parameter.mid(4).toLower();
    if (!looksLikeCertificatePin(ticket.pin)) return std::nullopt;
  }
  if (!looksLikeCode(tail)) return std::nullopt;
  ticket.code = tail;
  return ticket;
}

QString formatEnrolmentTicket(const EnrolmentTicket& ticket) {
  QString text = kScheme + ticket.address + QLatin1Char('/') + ticket.code;
  if (!ticket.pin.isEmpty()) text += QStringLiteral("?pin=") + ticket.pin;
  return text;
}

}  // namespace sohoi

#include "account_rules.h"

#include "domain/field_limits.h"

#include <algorithm>

namespace sohoi {

namespace {

bool allowedInUsername(QChar c) {
  return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
         c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
}

Rejection invalid(const QString& field, const QString& vi, const QString& en) {
  return Rejection{ReasonCode::InvalidField, field, vi, en};
}

}  // namespace

QString normalizedUsername(const QString& username) { return username.trimmed().toLower(); }

std::optional<Rejection> usernameProblem(const QString& normalized) {
  const bool lengthOk = normalized.size() >= kMinUsernameLength && normalized.size() <= kMaxUsernameLength;
  if (lengthOk && std::all_of(normalized.begin(), normalized.end(), allowedInUsername)) return std::nullopt;
  return invalid(QStringLiteral("username"),
                 QStringLiteral("Tên đăng nhập cần %1–%2 ký tự: chữ thường không dấu a–z, số, dấu . _ - (username)")
                     .arg(kMinUsernameLength)
                     .arg(kMaxUsernameLength),
                 QStringLiteral("A user name has %1–%2 characters: lowercase a–z, digits, . _ - (username)")
                     .arg(kMinUsernameLength)
                     .arg(kMaxUsernameLength));
}

std::optional<Rejection> passwordProblem(const QString& password) {
  if (password.size() >= kMinPasswordLength && password.size() <= kMaxPasswordLength) return std::nullopt;
  return invalid(QStringLiteral("password"),
                 QStringLiteral("Mật khẩu cần ít nhất %1 ký tự (password)").arg(kMinPasswordLength),
                 QStringLiteral("A password has at least %1 characters (password)").arg(kMinPasswordLength));
}

std::optional<Rejection> personNameProblem(const QString& personName) {
  const QString name = personName.trimmed();
  if (name.isEmpty())
    return invalid(QStringLiteral("person_name"), QStringLiteral("Cần nhập họ tên người được cấp mã (person_name)"),
                   QStringLiteral("Enter the name of the person the code is for (person_name)"));
  if (name.size() > kMaxShortText)
    return textTooLong(QStringLiteral("person_name"), QStringLiteral("Họ tên (person_name)"),
                       QStringLiteral("Name (person_name)"), kMaxShortText);
  return std::nullopt;
}

}  // namespace sohoi

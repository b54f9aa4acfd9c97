#include "account_commands.h"

#include "admin_output.h"

#include "accounts/account_directory.h"
#include "storage/audit_repository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QRandomGenerator>

namespace sohoi::server {

namespace {

constexpr int kDefaultAuditLimit = 50;
constexpr int kGeneratedLength = 16;
// Read aloud or copied from a screen: no 0/O, 1/l/I look-alikes.
constexpr char kPasswordAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

int usage(QTextStream& err, const QString& vi, const QString& en) {
  err << QStringLiteral("Cần %1 / Needs %2").arg(vi, en) << Qt::endl;
  return 2;
}

int refused(QTextStream& err, const Rejection& rejection) {
  err << rejection.bilingual() << Qt::endl;
  return 1;
}

QString generatedPassword() {
  QString password;
  for (int i = 0; i < kGeneratedLength; ++i)
    password += QLatin1Char(
        kPasswordAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kPasswordAlphabet) - 1))]);
  return password;
}

// The password the operator gave in a file (or on standard input), else a new one that is then printed.
// False (said on err) when the file cannot be read.
bool passwordFrom(const QHash<QString, QString>& options, QString* password, bool* generated, QTextStream& err) {
  *generated = !options.contains(QStringLiteral("password-file"));
  if (*generated) {
    *password = generatedPassword();
    return true;
  }
  const QString path = options.value(QStringLiteral("password-file"));
  const bool fromStdin = path == QLatin1String("-");
  QFile file(fromStdin ? QString() : path);
  const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
  if (!opened) {
    refuse(err, QStringLiteral("Không mở được tệp %1").arg(path), QStringLiteral("Cannot open file %1").arg(path));
    return false;
  }
  *password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
  return true;
}

void printPassword(QTextStream& out, const QString& password) {
  out << QStringLiteral("password: %1   (chỉ hiện một lần / shown once)").arg(password) << Qt::endl;
}

int createAccount(Database& db, const QHash<QString, QString>& options, QTextStream& out, QTextStream& err) {
  const QString username = options.value(QStringLiteral("username"));
  const QString person = options.value(QStringLiteral("person"));
  const QString unit = options.value(QStringLiteral("unit"));
  const std::optional<Role> role = roleFromName(options.value(QStringLiteral("role")));
  if (username.isEmpty() || person.isEmpty() || unit.isEmpty() || !role)
    return usage(err, QStringLiteral("--username U --person TÊN --unit ID --role VAI_TRÒ [--password-file TỆP|-]"),
                 QStringLiteral("--username U --person NAME --unit ID --role ROLE [--password-file FILE|-]"));
  QString password;
  bool generated = false;
  if (!passwordFrom(options, &password, &generated, err)) return 1;
  Result<Account> account = AccountDirectory(db).create({username, person, unit, *role}, password, Actor::console());
  if (!account) return refused(err, account.error());
  out << QStringLiteral("created %1  %2  %3  %4  %5")
             .arg(account.value().username, account.value().personId, account.value().fullName, account.value().role,
                  account.value().unitId)
      << Qt::endl;
  if (generated) printPassword(out, password);
  return 0;
}

int disableAccount(Database& db, const QStringList& positional, QTextStream& out, QTextStream& err) {
  if (positional.size() != 1) return usage(err, QStringLiteral("TÊN_ĐĂNG_NHẬP"), QStringLiteral("USERNAME"));
  Result<Account> account = AccountDirectory(db).disable(positional.first(), Actor::console());
  if (!account) return refused(err, account.error());
  out << QStringLiteral("disabled %1").arg(account.value().username) << Qt::endl;
  return 0;
}

int resetPassword(Database& db, const QStringList& positional, const QHash<QString, QString>& options,
                  QTextStream& out, QTextStream& err) {
  if (positional.size() != 1)
    return usage(err, QStringLiteral("TÊN_ĐĂNG_NHẬP [--password-file TỆP|-]"), QStringLiteral("USERNAME [--password-file FILE|-]"));
  QString password;
  bool generated = false;
  if (!passwordFrom(options, &password, &generated, err)) return 1;
  Result<Account> account = AccountDirectory(db).resetPassword(positional.first(), password, Actor::console());
  if (!account) return refused(err, account.error());
  out << QStringLiteral("password reset for %1").arg(account.value().username) << Qt::endl;
  if (generated) printPassword(out, password);
  return 0;
}

int listAccounts(Database& db, QTextStream& out) {
  const auto row = [](const QStringList& cells) {
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(cells[0], -24).arg(cells[1], -28).arg(cells[2], -16).arg(cells[3], -10).arg(cells[4], -16).arg(cells[5]);
  };
  out << row({QStringLiteral("username"), QStringLiteral("person"), QStringLiteral("role"), QStringLiteral("unit"),
              QStringLiteral("created"), QStringLiteral("disabled")})
      << Qt::endl;
  for (const Account& account : AccountDirectory(db).withUsernames())
    out << row({account.username, account.fullName, account.role, account.unitId, formatTime(account.createdAt),
                formatTime(account.disabledAt)})
        << Qt::endl;
  return 0;
}

int listAudit(Database& db, const QHash<QString, QString>& options, QTextStream& out, QTextStream& err) {
  bool limitOk = true;
  const int limit = options.value(QStringLiteral("limit"), QString::number(kDefaultAuditLimit)).toInt(&limitOk);
  if (!limitOk || limit <= 0) {
    err << QStringLiteral("--limit phải là số nguyên dương / --limit must be a whole number above 0") << Qt::endl;
    return 2;
  }
  Transaction tx(db, Transaction::Mode::Read);
  const std::vector<AuditEntry> entries = AuditRepository(tx).newest(limit);
  tx.commit();
  const auto row = [](const QStringList& cells) {
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
        .arg(cells[0], -16).arg(cells[1], -15).arg(cells[2], -16).arg(cells[3], -24).arg(cells[4], -36)
        .arg(cells[5], -36).arg(cells[6], -10).arg(cells[7]);
  };
  out << QStringLiteral("audit log: %1 entries shown (newest first)").arg(entries.size()) << Qt::endl;
  out << row({QStringLiteral("time"), QStringLiteral("act"), QStringLiteral("outcome"), QStringLiteral("by"),
              QStringLiteral("device / session"), QStringLiteral("target"), QStringLiteral("unit"), QStringLiteral("detail")})
      << Qt::endl;
  for (const AuditEntry& entry : entries) {
    const QString via = entry.actorSessionId.isEmpty() ? entry.actorDeviceId
                                                       : QStringLiteral("session %1").arg(entry.actorSessionId);
    out << row({formatTime(entry.at), entry.act, entry.outcome, entry.actorName, via.isEmpty() ? QStringLiteral("-") : via,
                entry.target, entry.targetUnitId.isEmpty() ? QStringLiteral("-") : entry.targetUnitId, entry.detail})
        << Qt::endl;
  }
  return 0;
}

}  // namespace

bool isAccountCommand(const QString& command) {
  static const QStringList commands{QStringLiteral("create-account"), QStringLiteral("disable-account"),
                                    QStringLiteral("reset-password"), QStringLiteral("accounts"),
                                    QStringLiteral("audit")};
  return commands.contains(command);
}

int runAccountCommand(Database& db, const QString& command, const QStringList& positional,
                      const QHash<QString, QString>& options, QTextStream& out, QTextStream& err) {
  if (command == QLatin1String("create-account")) return createAccount(db, options, out, err);
  if (command == QLatin1String("disable-account")) return disableAccount(db, positional, out, err);
  if (command == QLatin1String("reset-password")) return resetPassword(db, positional, options, out, err);
  if (command == QLatin1String("accounts")) return listAccounts(db, out);
  return listAudit(db, options, out, err);
}

}  // namespace sohoi::server

#include "enrolment.h"

#include "accounts/secret_token.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/enrolment_repository.h"
#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"

#include "auth/account_rules.h"
#include "ids/uuid7.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace sohoi::server {

namespace {

// Read aloud or typed from a screen: no 0/O, 1/I/L look-alikes.
constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 8;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString randomCode() {
  QString code;
  for (int i = 0; i < kCodeLength; ++i)
    code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
  return code;
}

QString normalizedCode(const QString& code) {
  QString normalized;
  for (QChar c : code)
    if (c.isLetterOrNumber()) normalized += c.toUpper();
  return normalized;
}

// A merged unit takes no new people: they belong to its successor.
Rejection closedUnit(const OrgUnit& unit) {
  const QString day = unit.closedOn.toString(Qt::ISODate);
  return Rejection{ReasonCode::InvalidField, QStringLiteral("unit"),
                   QStringLiteral("Đơn vị %1 đã sáp nhập vào %2 từ %3; hãy cấp mã cho %2").arg(unit.id, unit.successorId, day),
                   QStringLiteral("Unit %1 was merged into %2 on %3; issue the code for %2").arg(unit.id, unit.successorId, day)};
}

// The stored form of an attempt id: its SHA-256 in hex, so the table alone cannot replay one; empty for none.
QString attemptHash(const QByteArray& attemptId) {
  if (attemptId.isEmpty()) return {};
  return QString::fromLatin1(QCryptographicHash::hash(attemptId, QCryptographicHash::Sha256).toHex());
}

// A used code sent again in the attempt that used it: the answer was lost (a deadline, a cut connection)
// after the server committed it, so nobody holds that credential. The device gets a new one in its place.
// A device that has called since did get its answer, and keeps it.
Result<EnrolledDevice> answerAgain(Transaction& tx, const EnrolmentCode& code, const QString& attempt,
                                   qint64 now) {
  if (attempt.isEmpty() || code.attemptHash != attempt || code.expiresAt < now)
    return rejectionFor(ReasonCode::BadEnrolmentCode);
  DeviceRepository devices(tx);
  const std::optional<Device> device = devices.find(code.deviceId);
  if (!device || device->revoked() || device->accountDisabledAt != 0 || device->lastSeenAt != 0)
    return rejectionFor(ReasonCode::BadEnrolmentCode);
  EnrolledDevice enrolled{*device, randomToken(), MetaRepository(tx).epoch()};
  if (!devices.replaceCredential(device->id, tokenHash(enrolled.credential)))
    return rejectionFor(ReasonCode::BadEnrolmentCode);
  tx.commit();
  return enrolled;
}

}  // namespace

Result<OrgUnit> Enrolment::unitToEnrolAt(Transaction& tx, const QString& unitId) {
  const std::optional<OrgUnit> unit = OrgUnitRepository(tx).find(unitId);
  if (!unit) return rejectionFor(ReasonCode::UnknownUnit, unitId);
  if (unit->closed()) return closedUnit(*unit);
  return *unit;
}

Result<Device> Enrolment::workingDevice(Transaction& tx, std::optional<Device> device) {
  if (!device) return rejectionFor(ReasonCode::Unauthenticated);
  if (device->revoked()) return rejectionFor(ReasonCode::Revoked);
  if (device->accountDisabledAt != 0) return rejectionFor(ReasonCode::AccountDisabled);
  if (device->unitClosed) device->unitId = OrgUnitRepository(tx).openUnitFor(device->unitId);
  return *device;
}

Result<IssuedCode> Enrolment::issueCode(const QString& unitId, const QString& personName,
                                        std::optional<Role> role, int validDays, const Actor& by) {
  if (std::optional<Rejection> problem = personNameProblem(personName)) return *problem;
  if (validDays <= 0) return rejectionFor(ReasonCode::InvalidField, QStringLiteral("days"));
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  Transaction tx(database_, Transaction::Mode::Write);
  const Result<OrgUnit> unit = unitToEnrolAt(tx, unitId);
  if (!unit) return unit.error();
  EnrolmentRepository repository(tx);
  Account account;
  account.personId = newUuid7();
  account.fullName = personName.trimmed();
  account.role = roleName(role.value_or(defaultRoleAt(unit.value().level)));
  account.unitId = unitId;
  account.createdAt = now;
  AccountRepository(tx).insert(account);
  EnrolmentCode code;  // its text is drawn below
  code.personId = account.personId;
  code.unitId = unitId;
  code.createdAt = now;
  code.expiresAt = now + validDays * kDayMs;
  do code.code = randomCode();  // 31^8 codes: a clash is rare, but possible
  while (!repository.insertCode(code));
  writeAudit(tx, by, AuditAct::IssueCode,
             {account.personId, unitId, QStringLiteral("%1, %2").arg(account.fullName, account.role)},
             auditOutcome(std::nullopt), now);
  tx.commit();
  return IssuedCode{code.code, account.personId, unitId, code.expiresAt};
}

Result<EnrolledDevice> Enrolment::enrol(const QString& codeText, const QString& deviceName,
                                        const QByteArray& attemptId) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const QString codeValue = normalizedCode(codeText);
  const QString attempt = attemptHash(attemptId);
  Transaction tx(database_, Transaction::Mode::Write);
  EnrolmentRepository codes(tx);
  const std::optional<CodeToUse> found = codes.findCode(codeValue);
  if (!found) return rejectionFor(ReasonCode::BadEnrolmentCode);
  const EnrolmentCode& code = found->code;
  if (code.usedAt != 0) return answerAgain(tx, code, attempt, now);
  if (code.expiresAt < now) return rejectionFor(ReasonCode::ExpiredEnrolmentCode);

  EnrolledDevice enrolled;
  enrolled.credential = randomToken();
  Device& device = enrolled.device;
  device.id = newUuid7();
  device.personId = code.personId;
  device.unitId = code.unitId;
  device.name = deviceName.trimmed().isEmpty() ? QStringLiteral("device") : deviceName.trimmed();
  device.enrolledAt = now;
  device.personName = found->personName;
  device.role = roleFromName(found->role).value_or(Role::Member);
  if (!codes.markUsed(codeValue, now, device.id, attempt)) return rejectionFor(ReasonCode::BadEnrolmentCode);
  DeviceRepository(tx).insert(device, tokenHash(enrolled.credential));
  enrolled.serverEpoch = MetaRepository(tx).epoch();
  tx.commit();
  return enrolled;
}

Result<Device> Enrolment::authenticate(const QString& credential) {
  if (credential.isEmpty()) return rejectionFor(ReasonCode::Unauthenticated);
  // Every call comes here, so it reads in one statement outside a transaction. A closed unit's successors
  // take more statements, each on its own: successors are only ever added, so the reads cannot disagree.
  Transaction tx(database_, Transaction::Mode::Autocommit);
  Result<Device> device = workingDevice(tx, DeviceRepository(tx).findByCredentialHash(tokenHash(credential)));
  tx.commit();
  return device;
}

std::optional<qint64> Enrolment::revoke(const QString& deviceId, const Actor& by) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  Transaction tx(database_, Transaction::Mode::Write);
  DeviceRepository devices(tx);
  const std::optional<Device> device = devices.find(deviceId);
  if (!device || !devices.revoke(deviceId, now)) return std::nullopt;
  writeAudit(tx, by, AuditAct::RevokeDevice,
             {deviceId, device->unitId, QStringLiteral("%1, %2").arg(device->name, device->personName)},
             auditOutcome(std::nullopt), now);
  tx.commit();
  return now;
}

}  // namespace sohoi::server

#include "enrolment.h"

#include "storage/database.h"
#include "storage/enrolment_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"

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

QString randomCredential() {
  QByteArray bytes(32, Qt::Uninitialized);
  QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
  return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A merged unit takes no new people: they belong to its successor.
Rejection closedUnit(const OrgUnit& unit) {
  const QString day = unit.closedOn.toString(Qt::ISODate);
  return Rejection{ReasonCode::InvalidField, QStringLiteral("unit"),
                   QStringLiteral("Đơn vị %1 đã sáp nhập vào %2 từ %3; hãy cấp mã cho %2").arg(unit.id, unit.successorId, day),
                   QStringLiteral("Unit %1 was merged into %2 on %3; issue the code for %2").arg(unit.id, unit.successorId, day)};
}

}  // namespace

QString Enrolment::credentialHash(const QString& credential) {
  return QString::fromLatin1(QCryptographicHash::hash(credential.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<IssuedCode> Enrolment::issueCode(const QString& unitId, const QString& personName,
                                        std::optional<Role> role, int validDays) {
  if (personName.trimmed().isEmpty()) return rejectionFor(ReasonCode::InvalidField, QStringLiteral("full_name"));
  if (validDays <= 0) return rejectionFor(ReasonCode::InvalidField, QStringLiteral("days"));
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  Transaction tx(database_, Transaction::Mode::Write);
  const std::optional<OrgUnit> unit = OrgUnitRepository(tx).find(unitId);
  if (!unit) return rejectionFor(ReasonCode::UnknownUnit, unitId);
  if (unit->closed()) return closedUnit(*unit);
  EnrolmentRepository repository(tx);
  const Account account{newUuid7(), personName.trimmed(), roleName(role.value_or(defaultRoleAt(unit->level))), unitId,
                        now};
  repository.insertAccount(account);
  EnrolmentCode code{QString(), account.personId, unitId, now, now + validDays * kDayMs, 0, QString()};
  do code.code = randomCode();  // 31^8 codes: a clash is rare, but possible
  while (!repository.insertCode(code));
  tx.commit();
  return IssuedCode{code.code, account.personId, unitId, code.expiresAt};
}

Result<EnrolledDevice> Enrolment::enrol(const QString& codeText, const QString& deviceName) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const QString codeValue = normalizedCode(codeText);
  Transaction tx(database_, Transaction::Mode::Write);
  EnrolmentRepository codes(tx);
  std::optional<EnrolmentCode> code = codes.findCode(codeValue);
  if (!code || code->usedAt != 0) return rejectionFor(ReasonCode::BadEnrolmentCode);
  if (code->expiresAt < now) return rejectionFor(ReasonCode::ExpiredEnrolmentCode);

  EnrolledDevice enrolled;
  enrolled.credential = randomCredential();
  Device& device = enrolled.device;
  device.id = newUuid7();
  device.personId = code->personId;
  device.unitId = code->unitId;
  device.name = deviceName.trimmed().isEmpty() ? QStringLiteral("device") : deviceName.trimmed();
  device.enrolledAt = now;
  if (std::optional<Account> account = codes.findAccount(code->personId)) {
    device.personName = account->fullName;
    device.role = roleFromName(account->role).value_or(Role::Member);
  }
  if (!codes.markUsed(codeValue, now, device.id)) return rejectionFor(ReasonCode::BadEnrolmentCode);
  DeviceRepository(tx).insert(device, credentialHash(enrolled.credential));
  tx.commit();
  return enrolled;
}

Result<Device> Enrolment::authenticate(const QString& credential) {
  if (credential.isEmpty()) return rejectionFor(ReasonCode::Unauthenticated);
  Transaction tx(database_, Transaction::Mode::Read);
  std::optional<Device> device = DeviceRepository(tx).findByCredentialHash(credentialHash(credential));
  // A device enrolled at a unit merged away since works for the successor: scopes follow today's tree.
  if (device) device->unitId = OrgUnitRepository(tx).openUnitFor(device->unitId);
  tx.commit();
  if (!device) return rejectionFor(ReasonCode::Unauthenticated);
  if (device->revoked()) return rejectionFor(ReasonCode::Revoked);
  return *device;
}

bool Enrolment::revoke(const QString& deviceId) {
  Transaction tx(database_, Transaction::Mode::Write);
  const bool revoked = DeviceRepository(tx).revoke(deviceId, QDateTime::currentMSecsSinceEpoch());
  tx.commit();
  return revoked;
}

}  // namespace sohoi::server

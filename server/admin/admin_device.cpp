#include "admin_device.h"

#include "storage/database.h"
#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/push_log_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"

namespace sohoi::server {

namespace {

const QString kAdminDeviceKey = QStringLiteral("admin_device_id");

}  // namespace

std::optional<Device> adminDevice(Database& db, QString* error) {
  QString rootId;
  {
    Transaction tx(db, Transaction::Mode::Read);
    if (const std::optional<QString> id = MetaRepository(tx).value(kAdminDeviceKey))
      if (std::optional<Device> device = DeviceRepository(tx).find(*id)) return device;
    for (const OrgUnit& unit : OrgUnitRepository(tx).all())
      if (unit.parentId.isEmpty()) rootId = unit.id;
  }
  Enrolment enrolment(db);
  Result<IssuedCode> code =
      enrolment.issueCode(rootId, QStringLiteral("Quản trị viên (sohoi-admin)"), Role::ProvinceStaff, 1);
  if (!code) {
    *error = code.error().bilingual();
    return std::nullopt;
  }
  Result<EnrolledDevice> enrolled = enrolment.enrol(code.value().code, QStringLiteral("sohoi-admin"));
  if (!enrolled) {
    *error = enrolled.error().bilingual();
    return std::nullopt;
  }
  Transaction tx(db, Transaction::Mode::Write);
  MetaRepository(tx).setValue(kAdminDeviceKey, enrolled.value().device.id);
  tx.commit();
  return enrolled.value().device;
}


PushBatchResult pushAsDevice(Database& db, const Device& device, const std::vector<RecordVersion>& versions) {
  quint64 seq = 0;
  {
    Transaction tx(db, Transaction::Mode::Read);
    seq = PushLogRepository(tx).lastSeq(device.id);
  }
  std::vector<PushItem> items;
  items.reserve(versions.size());
  for (const RecordVersion& version : versions) items.push_back(PushItem{++seq, version, std::nullopt});
  OrgTreeCache trees;
  return PushProcessor(db, trees).push(device, items);
}

}  // namespace sohoi::server

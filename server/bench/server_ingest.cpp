#include "server_ingest.h"

#include "admin/demo_province.h"
#include "sohoi/v1/sync.pb.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "sync/push_processor.h"
#include "wire/record_codec.h"

#include <QElapsedTimer>

namespace sohoi::server::bench {

namespace {

// The device the batches are pushed as: enrolled at the unit of their first record, in the demo tree.
Result<EnrolledDevice> benchDevice(Database& database, const std::vector<std::string>& batches) {
  v1::PushRequest first;
  if (!batches.empty()) first.ParseFromString(batches.front());
  const QString unitId =
      first.mutations_size() > 0 ? QString::fromStdString(first.mutations(0).version().unit_id()) : QString();
  {
    Transaction tx(database, Transaction::Mode::Write);
    OrgUnitRepository units(tx);
    if (units.count() == 0) units.upsert(demoProvince());
    tx.commit();
  }
  Enrolment enrolment(database);
  Result<IssuedCode> issued = enrolment.issueCode(unitId, QStringLiteral("Lê Thị Bench"));
  if (!issued) return issued.error();
  return enrolment.enrol(issued.value().code, QStringLiteral("bench"));
}

}  // namespace

double serverSideIngest(const QString& dbSpec, const std::vector<std::string>& batches, QString* error) {
  std::unique_ptr<Database> database = Database::open(dbSpec, error);
  if (!database) return -1;
  try {
    const Result<EnrolledDevice> enrolled = benchDevice(*database, batches);
    if (!enrolled) {
      *error = enrolled.error().bilingual();
      return -1;
    }
    OrgTreeCache trees;
    PushProcessor processor(*database, trees);

    QElapsedTimer timer;
    timer.start();
    for (const std::string& bytes : batches) {
      v1::PushRequest request;
      request.ParseFromString(bytes);
      std::vector<PushItem> items(static_cast<size_t>(request.mutations_size()));
      for (int i = 0; i < request.mutations_size(); ++i) {
        items[static_cast<size_t>(i)].seq = request.mutations(i).seq();
        items[static_cast<size_t>(i)].malformed =
            fromProto(request.mutations(i).version(), &items[static_cast<size_t>(i)].version);
      }
      const PushBatchResult result = processor.push(enrolled.value().device, items);
      for (const PushItemResult& item : result.results)
        if (item.outcome == PushOutcome::Rejected) {
          *error = item.rejection.bilingual();
          return -1;
        }
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
  } catch (const StorageError& failure) {
    *error = QString::fromStdString(failure.what());
    return -1;
  }
}

}  // namespace sohoi::server::bench

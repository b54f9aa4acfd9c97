#include "server_ingest.h"

#include "sohoi/v1/sync.pb.h"
#include "storage/database.h"
#include "sync/enrolment.h"
#include "sync/push_processor.h"
#include "wire/record_codec.h"

#include "server_admin.h"

#include <QElapsedTimer>
#include <string>

namespace sohoi::tools::bench {

namespace {

// The batches as the device would send them: serialized PushRequests.
std::vector<std::string> wireBatches(const std::vector<client::Mutation>& mutations, int batchSize) {
  std::vector<std::string> batches;
  for (size_t first = 0; first < mutations.size(); first += static_cast<size_t>(batchSize)) {
    v1::PushRequest request;
    for (size_t i = first; i < std::min(mutations.size(), first + static_cast<size_t>(batchSize)); ++i) {
      v1::Mutation* mutation = request.add_mutations();
      mutation->set_seq(i + 1);
      toProto(mutations[i].version, mutation->mutable_version());
    }
    batches.push_back(request.SerializeAsString());
  }
  return batches;
}

}  // namespace

double serverSideIngest(const QString& dbSpec, const std::vector<client::Mutation>& mutations, int batchSize, QString* error) {
  std::unique_ptr<sim::ServerAdmin> admin = sim::ServerAdmin::open(dbSpec, error);
  if (!admin || !admin->loadDemoIfEmpty(error)) return -1;
  const QString unitId = mutations.empty() ? QString() : mutations.front().version.unitId;
  const std::optional<QString> code = admin->issueCode(unitId, QStringLiteral("Lê Thị Bench"), error);
  admin.reset();
  if (!code) return -1;

  std::unique_ptr<server::Database> database = server::Database::open(dbSpec, error);
  if (!database) return -1;
  server::Result<server::EnrolledDevice> enrolled = server::Enrolment(*database).enrol(*code, QStringLiteral("bench"));
  if (!enrolled) {
    *error = enrolled.error().bilingual();
    return -1;
  }
  const std::vector<std::string> batches = wireBatches(mutations, batchSize);
  server::OrgTreeCache trees;
  server::PushProcessor processor(*database, trees);

  QElapsedTimer timer;
  timer.start();
  for (const std::string& bytes : batches) {
    v1::PushRequest request;
    request.ParseFromString(bytes);
    std::vector<server::PushItem> items(static_cast<size_t>(request.mutations_size()));
    for (int i = 0; i < request.mutations_size(); ++i) {
      items[static_cast<size_t>(i)].seq = request.mutations(i).seq();
      items[static_cast<size_t>(i)].malformed =
          fromProto(request.mutations(i).version(), &items[static_cast<size_t>(i)].version);
    }
    const server::PushBatchResult result = processor.push(enrolled.value().device, items);
    for (const server::PushItemResult& item : result.results)
      if (item.outcome == server::PushOutcome::Rejected) {
        *error = item.rejection.bilingual();
        return -1;
      }
  }
  return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

}  // namespace sohoi::tools::bench

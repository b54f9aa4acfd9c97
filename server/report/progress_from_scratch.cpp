#include "progress_from_scratch.h"

#include "storage/current_records.h"
#include "storage/transaction.h"

namespace sohoi::server {

std::optional<ScratchProgress> progressFromScratch(Database& database, QDate asOf, QString* error) {
  Transaction tx(database, Transaction::Mode::Read);
  std::optional<ProgressInputs> inputs = readProgressInputs(tx, asOf, error);
  if (!inputs) return std::nullopt;
  std::vector<plan::RecordView> records;
  readCurrentRecords(tx, [&](CurrentRecord&& record) {
    inputs->place(&record.view);
    records.push_back(std::move(record.view));
  });
  tx.commit();
  ScratchProgress result;
  result.engine = std::make_unique<plan::ProgressEngine>(inputs->plan, inputs->tree.tree, inputs->baselines,
                                                         std::move(records), inputs->asOf);
  result.inputs = std::move(*inputs);
  return result;
}

}  // namespace sohoi::server

#pragma once
// Plausible records for a simulated branch leader: people, activities, trainings naming those people,
// households, visits to those households and members, with Vietnamese names and dates in 2021. Every
// record it makes passes the shared validation rules. Deterministic for a seed.
//
// Threading: one factory per device, used by the thread that holds that device's store.
#include "store/local_store.h"

#include <QStringList>
#include <random>

namespace sohoi::tools::sim {

class RecordFactory {
 public:
  /// Records for unitId (a branch), drawn from seed.
  RecordFactory(quint64 seed, QString unitId);

  /// Saves count new records on store, a mix of kinds. Stops at the first refusal.
  client::Status createRecords(client::LocalStore* store, int count);
  /// Saves one more version of a random record made by this factory (an offline correction).
  client::Status editOne(client::LocalStore* store);
  /// The fields of the next record of kind (ids of people and households made so far are used).
  QVariantMap fieldsFor(RecordKind kind);
  /// The kind of the n-th record in the factory's fixed mix.
  static RecordKind kindAt(int n);

 private:
  int between(int low, int high);
  bool chance(int percent) { return between(1, 100) <= percent; }
  QString pick(const QStringList& list);
  QString womanName();
  QDate dateIn2021();

  std::mt19937_64 random_;
  QString unitId_;
  QStringList people_;      // Person record ids made so far
  QStringList households_;  // Household record ids made so far
  QStringList made_;        // every record id made
  int counter_ = 0;
};

}  // namespace sohoi::tools::sim

#pragma once
// What lists, pickers and the home page show of a record: a title, a subtitle, its date and its state,
// with the folded text search runs over. Built once per record when a kind is loaded.
#include "review_state.h"
#include "store/store_types.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace sohoi::app {

struct RecordSummary {
  QString recordId;
  RecordKind kind = RecordKind::Activity;
  QString title;
  QString subtitle;
  QDate date;              // the record's own date (activity day, visit day, joining day); may be invalid
  HlcStamp hlc = 0;        // when its head version was made
  int pending = 0;         // unsent versions
  bool rejected = false;   // the latest local version was refused by the server
  bool returned = false;   // returned by district review and not fixed yet (wins over "sent")
  bool approved = false;   // review approved the version shown (the last level's decision)
  int criteriaMet = -1;    // household: criteria met at its latest visit (-1: never visited); visit: its own
  QString searchKey;       // foldForSearch of everything a user may type to find it
};

/// Summaries of other records a summary may name (a visit names its household).
struct SummaryContext {
  QHash<QString, QString> householdNames;  // record id → head of household
  QHash<QString, int> latestCriteria;      // household id → criteria met at its latest visit
  QHash<QString, QString> returnedVersions;  // record id → the version review returned, while that is its latest decision
  QHash<QString, std::vector<ReviewState>> reviewTrails;  // record id → its review decisions, oldest first
  std::vector<UnitLevel> reviewLevels;                    // the plan's chain of reviewing levels
};

/// The summary of one stored record, in the current language.
RecordSummary summarize(const client::StoredRecord& record, const SummaryContext& context);

/// The date field that places a kind's records in time ("date", "joined_on"), or empty.
QString dateFieldOf(RecordKind kind);

}  // namespace sohoi::app

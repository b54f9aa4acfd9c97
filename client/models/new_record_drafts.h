#pragma once
// Drafts of new records: a form for a new record writes to a draft of its own, so starting a second
// activity while one is half typed keeps both; the next new form offers every unsaved draft of its kind
// ("Tiếp tục bản nháp") beside "Bắt đầu mới", and none is dropped unless the user discards it.
#include "domain/record_kind.h"
#include "store/local_store.h"

#include <QVariantList>

namespace sohoi::app {

/// A key no other draft has, for a new form of kind ("new:<kind>:<uuid>").
QString newDraftKey(RecordKind kind);
/// [{key, title, changed}] of the unsaved new records of kind, newest first: title is the first text the
/// user typed (or the kind's name), changed how long ago ("5 phút trước"). Includes the single
/// "new:<kind>" draft of earlier versions of the app.
QVariantList newRecordDrafts(const client::LocalStore& store, RecordKind kind);

/// Every draft, new records' and edits', newest first, for the home page's list (as ODK lists its saved
/// forms): [{key, kind, recordId (empty for a new record), title, kindLabel, changed}].
QVariantList allDrafts(const client::LocalStore& store);

}  // namespace sohoi::app

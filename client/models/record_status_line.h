#pragma once
// One status line per record, the way a leader follows it: Chờ gửi → Đã gửi, chờ duyệt → Đã duyệt or
// Bị trả lại (returned by the district, with its comment). A refusal by the server (Bị từ chối: the record
// never arrived) is told apart from a return, and each state names the leader's next step.
#include <QString>
#include <QVariantList>

namespace sohoi::app {

/// Where one record stands, as the device knows it.
struct RecordStanding {
  bool rejected = false;          // the server refused its latest version
  QString rejectionReason;        // the server's words why
  bool pending = false;           // a version waits to be sent
  bool approved = false;          // review approved the current version
  bool returned = false;          // review returned the current version: it waits for a fix
  bool fixedAfterReturn = false;  // returned earlier, and a newer version was saved since
  QString returnComment;          // the district's comment
};

/// The line's steps, [{text, state}] with state "done", "current", "future" or "problem", in order.
QVariantList statusSteps(const RecordStanding& standing);

/// What the leader does next ("Nothing to do: the district will review it."), in the current language.
QString nextStep(const RecordStanding& standing);

}  // namespace sohoi::app

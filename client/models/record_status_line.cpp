#include "record_status_line.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace sohoi::app {

namespace {

QVariantMap step(const QString& text, const char* state) {
  return {{QStringLiteral("text"), text}, {QStringLiteral("state"), QString::fromLatin1(state)}};
}

}  // namespace

QVariantList statusSteps(const RecordStanding& s) {
  // A refusal stops the line at sending: the district never saw this version.
  if (s.rejected)
    return {
        step(QCoreApplication::translate("RecordStatus", "Pending"), "done"),
        step(QCoreApplication::translate("RecordStatus", "Rejected by the server: %1").arg(s.rejectionReason),
             "problem")};
  if (s.pending) {
    const QString waiting = s.fixedAfterReturn
                                ? QCoreApplication::translate("RecordStatus", "Fixed, waiting to be sent")
                                : QCoreApplication::translate("RecordStatus", "Pending");
    return {step(waiting, "current"),
            step(QCoreApplication::translate("RecordStatus", "Sent, awaiting review"), "future"),
            step(QCoreApplication::translate("RecordStatus", "Approved"), "future")};
  }
  if (s.returned)
    return {step(QCoreApplication::translate("RecordStatus", "Pending"), "done"),
            step(QCoreApplication::translate("RecordStatus", "Sent"), "done"),
            step(QCoreApplication::translate("RecordStatus", "Returned by review: %1").arg(s.returnComment),
                 "problem")};
  if (s.approved)
    return {step(QCoreApplication::translate("RecordStatus", "Pending"), "done"),
            step(QCoreApplication::translate("RecordStatus", "Sent"), "done"),
            step(QCoreApplication::translate("RecordStatus", "Approved"), "current")};
  const QString sent =
      s.fixedAfterReturn
          ? QCoreApplication::translate("RecordStatus", "Fixed and sent, awaiting review again")
          : QCoreApplication::translate("RecordStatus", "Sent, awaiting review");
  return {step(QCoreApplication::translate("RecordStatus", "Pending"), "done"), step(sent, "current"),
          step(QCoreApplication::translate("RecordStatus", "Approved"), "future")};
}

QString nextStep(const RecordStanding& s) {
  if (s.rejected)
    return QCoreApplication::translate("RecordStatus",
                                       "Correct what the reason names and save: the tablet sends it again.");
  if (s.pending)
    return QCoreApplication::translate(
        "RecordStatus", "Nothing to do: the tablet sends it by itself when there is a network.");
  if (s.returned)
    return QCoreApplication::translate("RecordStatus",
                                       "Fix it as the district asks and save: it goes back for review.");
  if (s.approved)
    return QCoreApplication::translate("RecordStatus", "Nothing to do: the district approved it.");
  return QCoreApplication::translate("RecordStatus", "Nothing to do: the district will review it.");
}

}  // namespace sohoi::app

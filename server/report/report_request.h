#pragma once
// What a report is asked for and why it may be refused, shared by sohoi-admin report and the ExportReport
// RPC so both refuse the same things in the same words.
#include "domain/org_tree.h"

#include <QString>

namespace sohoi::server {

/// Why a report cannot be made; each maps to one exit code and one gRPC status.
enum class ReportRefusal {
  BadPeriod,    // a quarter outside 1–4, an implausible year
  UnknownUnit,  // the tree has no such unit
  NoPlan,       // no plan loaded, or none for the period's year
  CannotRender, // this process cannot lay out a PDF (no QGuiApplication)
};

struct ReportProblem {
  ReportRefusal reason = ReportRefusal::BadPeriod;
  QString messageVi;  // for NoPlan, the progress engine's own "vi / en" sentence, with messageEn empty
  QString messageEn;

  /// "vi / en", as sohoi-admin and gRPC status messages say it.
  QString bilingual() const { return messageEn.isEmpty() ? messageVi : messageVi + QStringLiteral(" / ") + messageEn; }
};

/// The unit `spec` names: an id, or "root" for preferredRoot when the tree has it, else the tree's root.
/// Empty when the tree has no such unit.
QString reportUnitId(const OrgTree& tree, const QString& spec, const QString& preferredRoot = {});

/// The refusal for a unit the tree does not have.
ReportProblem unknownReportUnit(const QString& spec);

}  // namespace sohoi::server

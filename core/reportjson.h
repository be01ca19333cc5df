#pragma once
// The JSON shapes of the command-line contract (INDICATORS.md): a report with its metadata and
// indicator mentions; offsets in Unicode code points.
#include "reportanalysis.h"
#include <QJsonObject>
#include <QJsonValue>

namespace fz {

// explain: add the facts behind each headline decision (scope, parts, departments).
QJsonObject analysisToJson(const ReportAnalysis &analysis, bool explain = false);
QJsonObject mentionToJson(const Mention &m, const QString &text, const class OffsetMap &offsets, bool explain = false);

// Whole numbers as integers, others as doubles; null for NaN.
QJsonValue jsonNumber(double v);

} // namespace fz

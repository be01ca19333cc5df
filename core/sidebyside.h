#pragma once
// Two to four reports compared indicator by indicator: each report's headline value (or, when
// it has none, its first active mention), and each later report's difference from the first
// (Δ and %). Used by the side-by-side view and its tests.
#include "reportstore.h"

#include <QStringList>
#include <QVector>
#include <optional>

namespace fz {

struct SideBySideCell {
    std::optional<double> value;
    bool headline = false;       // the value is the report's headline (else a first mention)
    bool approximate = false;
    qint64 mentionId = 0;
    std::optional<double> delta;   // value - first report's value
    std::optional<double> percent; // delta / first value × 100 (none when the first is 0)
};

struct SideBySideRow {
    QString key;
    QString unit;
    QVector<SideBySideCell> cells; // one per report, in the order given
};

// Rows for every indicator any of the reports mentions, in catalogue order.
QVector<SideBySideRow> compareReports(ReportStore &store, const QVector<qint64> &reportIds);

} // namespace fz

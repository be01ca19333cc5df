#include "sidebyside.h"
#include "indicatorcatalogue.h"

#include <QHash>
#include <cmath>

namespace fz {

QVector<SideBySideRow> compareReports(ReportStore &store, const QVector<qint64> &reportIds)
{
    QVector<QVector<StoredMention>> mentions;
    QSet<QString> keys;
    for (qint64 id : reportIds) {
        mentions.append(store.mentions(id));
        for (const StoredMention &m : mentions.last())
            if (m.active()) keys.insert(m.key);
    }
    QVector<SideBySideRow> rows;
    for (const IndicatorDef &d : IndicatorCatalogue::builtin().indicators()) {
        if (!keys.contains(d.key))
            continue;
        SideBySideRow row;
        row.key = d.key;
        row.unit = d.unit;
        for (const QVector<StoredMention> &ms : mentions) {
            SideBySideCell cell;
            const StoredMention *pick = nullptr;
            for (const StoredMention &m : ms)
                if (m.key == d.key && m.active() && m.headline) { pick = &m; cell.headline = true; break; }
            if (!pick)
                for (const StoredMention &m : ms)
                    if (m.key == d.key && m.active()) { pick = &m; break; }
            if (pick) {
                cell.value = pick->value;
                cell.approximate = pick->approximate;
                cell.mentionId = pick->id;
            }
            row.cells.append(cell);
        }
        const std::optional<double> base = row.cells.first().value;
        for (int i = 1; i < row.cells.size(); ++i) {
            SideBySideCell &c = row.cells[i];
            if (base && c.value) {
                c.delta = *c.value - *base;
                if (*base != 0)
                    c.percent = *c.delta / std::fabs(*base) * 100.0;
            }
        }
        rows.append(row);
    }
    return rows;
}

} // namespace fz

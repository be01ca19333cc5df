#pragma once
// A report's metadata: its title, the division it reports for (region, enclosing divisions,
// level), the year it covers and the date the page says it was published.
#include "pagelayout.h"
#include <QString>
#include <QStringList>

namespace fz {

struct ReportMetadata {
    QString title;
    QString region;        // as written, simplified (宝坻区, 杭州道街道, 全国)
    QStringList parents;   // enclosing divisions, nearest first
    QString level;         // province, city, district, street, department; empty when unknown
    int year = 0;          // the year covered; 0 when unknown
    QString published;     // YYYY-MM-DD; empty when the page states none
    QString regionCode;    // GB/T 2260 code when the division was resolved
    Span titleSpan;        // where the title line lies in the text
    QString coveredPart;   // 上半年 or 下半年 when the title says the report covers half the year
};

// The half of the year a title says its report covers (`2024年上半年法治政府建设工作情况报告`), or empty.
QString coveredPartOf(const QString &title);

// original and folded have the same length (see TextFolder); titleHint is a title the container
// stated (HTML <title>), used when the text itself has none.
ReportMetadata analyseMetadata(const QString &folded, const PageLayout &layout,
                               const QString &titleHint = {});

// The levels in the order the contract lists them.
QStringList metadataLevels();

} // namespace fz

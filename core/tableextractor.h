#pragma once
// Indicator values in tables: rows of cells separated by | or tabs (what HTML tables become),
// and tables scraped one cell per line. Header cells name the indicator and often the unit
// (罚没金额(万元)); a 合计/全区 row holds the body's totals, other rows a department's or a town's.
#include "indicatorcatalogue.h"
#include "pagelayout.h"

#include <QString>
#include <QVector>

namespace fz {

struct TableMention {
    QString key;
    double value = 0;
    QString unit;
    bool approximate = false;
    int start = 0;     // the cell's number
    int end = 0;
    int rowStart = 0;  // the row, for context
    int rowEnd = 0;
    bool totalRow = false;
    bool townshipRows = false; // the rows are towns and streets: a total row sums sub-units
};

QVector<TableMention> extractTables(const QString &folded, const PageLayout &layout, const IndicatorCatalogue &catalogue);

// The key a header cell names, and the scale its unit implies (万元 -> 10000); empty key if none.
// A label with an action but no topic ("直接纠错(件)" under "收到行政复议申请(件)") takes the
// topic of the rows above it: fallbackTopic; *topic receives the topic used.
QString headerKey(QStringView header, const IndicatorCatalogue &catalogue, double *scale, QString *unit,
                  int *topic = nullptr, int fallbackTopic = -1);

} // namespace fz

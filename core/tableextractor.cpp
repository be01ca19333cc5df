#include "tableextractor.h"
#include "chinesenumbers.h"
#include "textsegments.h"

#include <QRegularExpression>
#include <algorithm>

namespace fz {
namespace {

struct Row {
    int start;
    int end;
    QVector<Span> cells; // trimmed cell spans
};

bool isTotalLabel(QStringView label)
{
    static const QRegularExpression re(QStringLiteral("^(合计|总计|总数|共计|全区|全县|全市|全镇|全街|全乡|全旗|全省|汇总|总体)"));
    return re.match(label.trimmed()).hasMatch();
}

Span trimmed(QStringView text, int start, int end)
{
    while (start < end && text.at(start).isSpace()) ++start;
    while (end > start && text.at(end - 1).isSpace()) --end;
    return {start, end};
}

// The cells of a line split by | or tabs, or by wide runs of spaces; empty when the line is not
// a table row.
Row splitRow(QStringView text, int start, int end)
{
    Row row{start, end, {}};
    int separators = 0;
    for (int i = start; i < end; ++i)
        if (text.at(i) == u'|' || text.at(i) == u'\t') ++separators;
    if (separators < 1) {
        int cellStart = start;
        for (int i = start; i < end;) {
            if (text.at(i) != u' ') { ++i; continue; }
            int j = i;
            while (j < end && text.at(j) == u' ') ++j;
            if (j - i >= kColumnGapSpaces && i > start && j < end) {
                row.cells.append(trimmed(text, cellStart, i));
                cellStart = j;
            }
            i = j;
        }
        if (!row.cells.isEmpty())
            row.cells.append(trimmed(text, cellStart, end));
        return row;
    }
    int cellStart = start;
    for (int i = start; i <= end; ++i) {
        if (i == end || text.at(i) == u'|' || text.at(i) == u'\t') {
            row.cells.append(trimmed(text, cellStart, i));
            cellStart = i + 1;
        }
    }
    // "| a | b |" has empty outer cells; a tab-separated row keeps its empty cells (a remark
    // column left blank), so that its rows stay as wide as its header.
    // A row that opens with | but does not close with one (Word's merged first cell written as
    // " | 其中…") keeps its empty first cell.
    if (text.mid(start, end - start).contains(u'|') && row.cells.size() >= 2 &&
        row.cells.first().start == row.cells.first().end && row.cells.last().start == row.cells.last().end) {
        row.cells.removeFirst();
        row.cells.removeLast();
    }
    return row;
}

struct Column {
    QString key;
    double scale = 1;
    QString unit;
    bool part = false; // 其中涉企（次）: part of the column before
};

// A numeric cell: its value (scaled) and the span of the number.
bool numericCell(QStringView text, const Span &cell, double scale, double *value, Span *numberSpan, bool *approx)
{
    const QVector<NumberToken> toks = NumberRecognizer::instance().find(text, cell.start, cell.end);
    if (toks.size() != 1)
        return false;
    const NumberToken &t = toks.first();
    // The cell holds just the number (and maybe its unit).
    const QStringView rest = text.mid(t.end, cell.end - t.end).trimmed();
    if (text.mid(cell.start, t.start - cell.start).trimmed().size() > 0 || rest.size() > 3)
        return false;
    *value = t.kind == NumberKind::Money ? t.value : t.value * scale;
    *numberSpan = {t.start, t.end};
    *approx = t.approximate;
    return true;
}

class TableReader
{
public:
    TableReader(const QString &text, const IndicatorCatalogue &cat) : m_text(text), m_cat(cat) {}

    // Rows of cells; a header names keys, data rows give values.
    void readRows(const QVector<Row> &rows, QVector<TableMention> &out) const
    {
        int headerIndex = -1;
        QVector<Column> columns;
        // A caption line above (表1\t2019年…主要数据) is narrower than the table: no header.
        qsizetype widest = 0;
        for (const Row &r : rows)
            widest = qMax(widest, r.cells.size());
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).cells.size() < widest)
                continue;
            // A header stands above the figures; a note below them (注：…为被申请人的案件) is none.
            if (r > 0 && rowHasNumbers(rows.at(r - 1)))
                break;
            QStringList texts;
            for (const Span &c : rows.at(r).cells)
                texts << QStringView(m_text).mid(c.start, c.end - c.start).toString();
            int named = 0;
            QVector<Column> cols = headerColumns(texts, &named);
            if (named > 0 && !rowHasNumbers(rows.at(r))) {
                headerIndex = r;
                // A header on two rows (行政处罚 over 案件数(件) | 罚没款(万元)): each column reads both.
                if (r + 1 < rows.size() && rows.at(r + 1).cells.size() == rows.at(r).cells.size() &&
                    !rowHasNumbers(rows.at(r + 1))) {
                    QStringList both;
                    for (int c = 0; c < texts.size(); ++c) {
                        const Span below = rows.at(r + 1).cells.at(c);
                        const QString t = QStringView(m_text).mid(below.start, below.end - below.start).toString();
                        both << (texts.at(c) == t ? t : texts.at(c) + t);
                    }
                    int namedBoth = 0;
                    const QVector<Column> combined = headerColumns(both, &namedBoth);
                    if (namedBoth >= named) {
                        cols = combined;
                        headerIndex = r + 1;
                    }
                }
                columns = cols;
                break;
            }
        }
        if (headerIndex >= 0) {
            // Rows of towns and streets (紫阳镇, 清华镇, 其他乡镇): their total sums the sub-units,
            // which need not be the whole body's figure stated in the text.
            int towns = 0, others = 0;
            for (int r = headerIndex + 1; r < rows.size(); ++r) {
                const QStringView label = QStringView(m_text).mid(rows.at(r).cells.first().start,
                                                                  rows.at(r).cells.first().end - rows.at(r).cells.first().start).trimmed();
                if (isTotalLabel(label))
                    continue;
                if (label.endsWith(u'镇') || label.endsWith(u'乡') || label.endsWith(u"街道") || label.contains(u"乡镇"))
                    ++towns;
                else
                    ++others;
            }
            const qsizetype first = out.size();
            for (int r = headerIndex + 1; r < rows.size(); ++r) {
                const Row &row = rows.at(r);
                if (row.cells.size() != columns.size())
                    continue;
                const Span label = row.cells.first();
                const bool total = isTotalLabel(QStringView(m_text).mid(label.start, label.end - label.start));
                for (int c = 1; c < row.cells.size(); ++c)
                    emit(row, row.cells.at(c), columns.at(c), total && !columns.at(c).part, out);
            }
            if (towns >= 2 && towns >= others)
                for (qsizetype i = first; i < out.size(); ++i)
                    out[i].townshipRows = true;
            return;
        }
        // Transposed: a column names the indicators (the first, or one headed 项目 / 指标), maybe
        // one gives their units (单位), and the values stand in a column per year or period, or
        // in one headed 数量 / 数值. Columns of narrower scope (其中：省本级) give parts.
        // The transposed header is the first row as wide as the widest (below any caption).
        int headIndex = 0;
        while (headIndex + 1 < rows.size() && headIndex < 2 && rows.at(headIndex).cells.size() < widest)
            ++headIndex;
        const Row &head = rows.at(headIndex);
        // A header on several rows (数量 over 全省 | 其中：省本级): each column reads all of them.
        int headerRows = 1;
        while (headIndex + headerRows < rows.size() && headerRows < 3 && !rowHasNumbers(rows.at(headIndex + headerRows)) &&
               rows.at(headIndex + headerRows).cells.size() == head.cells.size())
            ++headerRows;
        auto headerText = [&](int c) { // 项    目 reads 项目
            QString h;
            for (int r = headIndex; r < headIndex + headerRows; ++r) {
                const Span cell = rows.at(r).cells.at(c);
                const QString t = QStringView(m_text).mid(cell.start, cell.end - cell.start).toString().remove(u' ');
                if (!h.endsWith(t))
                    h += t;
            }
            return h;
        };
        static const QStringList labelHeads = {QStringLiteral("项目"), QStringLiteral("指标"), QStringLiteral("名称"),
                                               QStringLiteral("内容"), QStringLiteral("事项"), QStringLiteral("类别")};
        static const QStringList valueHeads = {QStringLiteral("数量"), QStringLiteral("数值"), QStringLiteral("数据"),
                                               QStringLiteral("合计"), QStringLiteral("总数"), QStringLiteral("完成")};
        int labelColumn = 0, unitColumn = -1;
        for (int c = 0; c < head.cells.size(); ++c) {
            const QString h = headerText(c);
            if (labelColumn == 0 && c > 0 && !rowHasNumbers(head)) {
                for (const QString &l : labelHeads)
                    if (h.startsWith(l)) { labelColumn = c; break; }
            }
            if (unitColumn < 0 && h.startsWith(u"单位") && h.size() <= 4)
                unitColumn = c;
        }
        // The year a column header names (本年, 今年: this one, read as the latest), or -1.
        auto headerYear = [](const QString &h) {
            static const QRegularExpression year(QStringLiteral("((?:19|20)\\d{2})"));
            const QRegularExpressionMatch m = year.match(h);
            return m.hasMatch() ? m.captured(1).toInt() : (h.contains(u"本年") || h.contains(u"今年") ? 9999 : -1);
        };
        int valueColumn = -1, bestYear = -1, namedValue = -1;
        for (int c = labelColumn + 1; c < head.cells.size(); ++c) {
            if (c == unitColumn)
                continue;
            const QString h = headerText(c);
            const int y = headerYear(h);
            if (y > bestYear) { bestYear = y; valueColumn = c; }
            for (const QString &v : valueHeads)
                if (namedValue < 0 && h.startsWith(v)) namedValue = c;
        }
        if (valueColumn < 0)
            valueColumn = namedValue >= 0 ? namedValue : (labelColumn + 1 == unitColumn ? labelColumn + 2 : labelColumn + 1);
        QVector<int> partColumns;
        // | 2021年 | 其中：市本级 | 2020年 |: the narrower columns right after the year's own, up to
        // the next year's, are its parts.
        for (int c = valueColumn + 1; c < head.cells.size(); ++c) {
            const QString h = headerText(c);
            if (bestYear >= 0 && (headerYear(h) >= 0 || h.contains(u"上年")))
                break;
            bool narrower = false;
            for (const QString &cue : m_cat.cues().subunits) if (h.contains(cue)) narrower = true;
            for (const QString &cue : m_cat.cues().subpart) if (h.startsWith(cue)) narrower = true;
            if (narrower && c != unitColumn)
                partColumns.append(c);
        }
        int lastTopic = -1;
        for (const Row &row : rows) {
            if (row.cells.size() <= valueColumn || row.cells.size() <= labelColumn)
                continue;
            Column col;
            const Span label = row.cells.at(labelColumn);
            QString labelText = QStringView(m_text).mid(label.start, label.end - label.start).toString();
            if (unitColumn >= 0 && unitColumn < row.cells.size()) {
                const Span u = row.cells.at(unitColumn);
                if (u.end > u.start)
                    labelText += u'(' + QStringView(m_text).mid(u.start, u.end - u.start).trimmed().toString() + u')';
            }
            int topic = -1;
            col.key = headerKey(labelText, m_cat, &col.scale, &col.unit, &topic, -1);
            // | 行政复议 | 受理（件） |: a category column before the indicators' names gives their
            // topic where the name alone names none.
            if (col.key.isEmpty()) {
                for (int c = labelColumn - 1; c >= 0; --c) {
                    const Span cat = row.cells.at(c);
                    const QStringView t = QStringView(m_text).mid(cat.start, cat.end - cat.start).trimmed();
                    if (!t.isEmpty() && !std::any_of(t.begin(), t.end(), [](QChar ch) { return ch.isDigit(); }))
                        labelText.prepend(t.toString() + u' ');
                }
                col.key = headerKey(labelText, m_cat, &col.scale, &col.unit, &topic, lastTopic);
            }
            if (topic >= 0)
                lastTopic = topic;
            if (col.key.isEmpty())
                continue;
            emit(row, row.cells.at(valueColumn), col, true, out);
            for (int c : partColumns)
                if (c < row.cells.size())
                    emit(row, row.cells.at(c), col, false, out);
        }
    }

private:
    // The key each header cell names; a cell naming no topic takes one of the family the other
    // cells write (| 执法领域 | 案件数（件） | 罚没金额（千元） |: cases beside fines are penalty cases).
    QVector<Column> headerColumns(const QStringList &texts, int *named) const
    {
        QVector<Column> cols;
        *named = 0;
        QString family; // the one family the named columns' keys belong to ("-" when several)
        for (const QString &t : texts) {
            Column col;
            col.key = headerKey(t, m_cat, &col.scale, &col.unit);
            if (!col.key.isEmpty()) {
                ++*named;
                const QString f = m_cat.indicator(col.key)->family;
                family = family.isEmpty() || family == f ? f : QStringLiteral("-");
            }
            cols.append(col);
        }
        if (*named > 0 && !family.isEmpty() && family != u'-') {
            QVector<int> topics; // the family's topics, in catalogue order
            for (const IndicatorDef &d : m_cat.indicators())
                if (d.family == family && !topics.contains(m_cat.topicIndex(d.topic)))
                    topics.append(m_cat.topicIndex(d.topic));
            for (int c = 0; c < cols.size(); ++c)
                for (int t = 0; t < topics.size() && cols.at(c).key.isEmpty(); ++t)
                    cols[c].key = headerKey(texts.at(c), m_cat, &cols[c].scale, &cols[c].unit, nullptr, topics.at(t));
        }
        // | 行政检查（次） | 其中涉企（次） |: a column opened by 其中 counts part of the one before.
        for (int c = 1; c < cols.size(); ++c) {
            if (!cols.at(c).key.isEmpty() || cols.at(c - 1).key.isEmpty())
                continue;
            for (const QString &s : m_cat.cues().subpart)
                if (texts.at(c).trimmed().startsWith(s)) {
                    cols[c] = cols.at(c - 1);
                    cols[c].part = true;
                    break;
                }
        }
        return cols;
    }

    bool rowHasNumbers(const Row &row) const
    {
        for (int c = 0; c < row.cells.size(); ++c) {
            double v; Span s; bool a;
            if (numericCell(m_text, row.cells.at(c), 1, &v, &s, &a))
                return true;
        }
        return false;
    }

    void emit(const Row &row, const Span &cell, const Column &col, bool total, QVector<TableMention> &out) const
    {
        if (col.key.isEmpty())
            return;
        double value = 0;
        Span number;
        bool approx = false;
        if (!numericCell(m_text, cell, col.scale, &value, &number, &approx))
            return;
        TableMention t;
        t.key = col.key;
        t.value = value;
        t.unit = col.unit;
        t.approximate = approx;
        t.start = number.start;
        t.end = cell.end;
        t.rowStart = row.start;
        t.rowEnd = row.end;
        t.totalRow = total;
        out.append(t);
    }

    const QString &m_text;
    const IndicatorCatalogue &m_cat;
};

} // namespace

QString headerKey(QStringView header, const IndicatorCatalogue &cat, double *scale, QString *unit, int *topicOut,
                  int fallbackTopic)
{
    *scale = 1;
    unit->clear();
    // The unit in brackets or after 单位: (件) (万元) (%).
    static const QRegularExpression unitRe(QStringLiteral("[(\\[【]\\s*(?:单位[:]?)?\\s*(万元|亿元|千元|元|%|万?(?:件次|家次|户次|人次|件|起|宗|次|条|人|名|个|份|项))\\s*[)\\]】]"));
    const QRegularExpressionMatch um = unitRe.match(header);
    QString u = um.hasMatch() ? um.captured(1) : QString();
    double countScale = 1; // 行政检查（万次）
    if (u.size() > 1 && u.startsWith(u'万') && u != QStringView(u"万元")) {
        countScale = 1e4;
        u = u.mid(1);
    }
    if (u.isEmpty() && (header.endsWith(u'率') || header.contains(u"率("))) u = QStringLiteral("%");
    if (u == QStringView(u"万元")) { *scale = 1e4; u = QStringLiteral("元"); }
    else if (u == QStringView(u"亿元")) { *scale = 1e8; u = QStringLiteral("元"); }
    else if (u == QStringView(u"千元")) { *scale = 1e3; u = QStringLiteral("元"); }
    else *scale = countScale;
    // Topic and actions the header writes.
    int bestTopic = -1, bestLen = 0;
    for (int t = 0; t < cat.topics().size(); ++t)
        for (const QString &p : cat.topics().at(t).phrases)
            if (p.size() > bestLen && header.contains(p)) { bestTopic = t; bestLen = int(p.size()); }
    QVector<int> actions;
    for (int a = 0; a < cat.actions().size(); ++a)
        for (const QString &p : cat.actions().at(a).phrases)
            if (header.contains(p) && !actions.contains(a)) actions.append(a);
    // A row or column of 行政复议申请（件） counts the applications received.
    if (actions.isEmpty()) {
        const QStringView name = um.hasMatch() ? header.left(um.capturedStart()).trimmed() : header.trimmed();
        if (name.endsWith(u"申请") && cat.actionIndex(QStringLiteral("received")) >= 0)
            actions.append(cat.actionIndex(QStringLiteral("received")));
    }
    if (bestTopic < 0 && fallbackTopic >= 0 && (!actions.isEmpty() || header.contains(u"案件")))
        bestTopic = fallbackTopic;
    if (bestTopic < 0)
        return {};
    // 一审行政案件收案（件）, 法律援助案件（宗）: what the topic's sentences exclude, its headers do too.
    for (const QString &w : cat.topics().at(bestTopic).exclude)
        if (header.contains(w))
            return {};
    if (topicOut)
        *topicOut = bestTopic;
    // Without a stated unit, the key's own unit.
    QStringList tryUnits;
    if (!u.isEmpty()) tryUnits << u;
    else {
        tryUnits << QStringLiteral("件") << QStringLiteral("次") << QStringLiteral("元") << QStringLiteral("%") << QStringLiteral("人") << QStringLiteral("条");
    }
    for (const QString &tu : tryUnits) {
        const QVector<const IndicatorDef *> keys = cat.keysFor(bestTopic, actions, tu);
        if (!keys.isEmpty()) {
            *unit = tu;
            return keys.first()->key;
        }
    }
    // 行政处罚 over 罚没款（万元）: with a stated unit, another topic the header names may be the one
    // that counts in it.
    if (!u.isEmpty()) {
        for (int t = 0; t < cat.topics().size(); ++t) {
            if (t == bestTopic)
                continue;
            bool named = false;
            for (const QString &p : cat.topics().at(t).phrases)
                if (header.contains(p)) { named = true; break; }
            const QVector<const IndicatorDef *> keys = named ? cat.keysFor(t, actions, u) : QVector<const IndicatorDef *>{};
            if (!keys.isEmpty()) {
                *unit = u;
                if (topicOut)
                    *topicOut = t;
                return keys.first()->key;
            }
        }
    }
    return {};
}

QVector<TableMention> extractTables(const QString &folded, const PageLayout &layout, const IndicatorCatalogue &cat)
{
    QVector<TableMention> out;
    TableReader reader(folded, cat);
    // Lines of the body (non-empty, not chrome).
    QVector<Span> lines;
    int pos = layout.bodyStart;
    while (pos < layout.bodyEnd) {
        int eol = int(folded.indexOf(u'\n', pos));
        if (eol < 0 || eol > layout.bodyEnd) eol = layout.bodyEnd;
        const Span t = trimmed(folded, pos, eol);
        if (t.end > t.start && !layout.isChrome(pos))
            lines.append(t);
        pos = eol + 1;
    }
    // 1. Rows separated by | or tabs.
    QVector<Row> block;
    auto flush = [&]() {
        if (block.size() >= 2)
            reader.readRows(block, out);
        block.clear();
    };
    for (const Span &l : lines) {
        Row r = splitRow(folded, l.start, l.end);
        // A tab-separated row whose first or last cells are blank lost them with the line's white
        // space: a line that began with a tab lost its first (a category written once above).
        // (The block's width is its last row's: a caption above may be narrower.)
        if (r.cells.size() >= 2 && !block.isEmpty() && r.cells.size() < block.last().cells.size() &&
            !QStringView(folded).mid(l.start, l.end - l.start).contains(u'|')) {
            const bool leadingTab = l.start > 0 && folded.at(l.start - 1) == u'\t';
            while (r.cells.size() < block.last().cells.size()) {
                if (leadingTab)
                    r.cells.prepend({l.start, l.start});
                else
                    r.cells.append({l.end, l.end});
            }
        }
        if (r.cells.size() >= 2) {
            if (!block.isEmpty() && block.last().cells.size() != r.cells.size() && block.size() >= 2)
                flush();
            block.append(r);
        } else {
            flush();
        }
    }
    flush();
    // 2. One cell per line: a run of short lines; the header is the leading run of lines
    // without numbers, and every following group of that many lines is a row.
    auto shortLine = [&](const Span &s) {
        const QStringView t = QStringView(folded).mid(s.start, s.end - s.start);
        return t.size() <= 24 && !t.contains(u'。') && !t.contains(u'|') && !t.contains(u'\t') && !t.contains(u',');
    };
    auto isNumeric = [&](const Span &s) {
        double v; Span n; bool a;
        return numericCell(folded, s, 1, &v, &n, &a);
    };
    for (int i = 0; i < lines.size();) {
        if (!shortLine(lines.at(i))) { ++i; continue; }
        int j = i;
        while (j < lines.size() && shortLine(lines.at(j))) ++j;
        // lines[i, j) are short. The first data row's label is the line before the first number;
        // try table widths k: a header of k lines, then rows of a label and k-1 numbers.
        int f = i;
        while (f < j && !isNumeric(lines.at(f))) ++f;
        int consumed = j;
        bool read = false;
        for (int k = 2; k <= 8 && !read && f < j; ++k) {
            const int headerStart = f - 1 - k;
            if (headerStart < i)
                break;
            QVector<Row> rows;
            Row header{lines.at(headerStart).start, lines.at(headerStart + k - 1).end, {}};
            for (int h = 0; h < k; ++h) header.cells.append(lines.at(headerStart + h));
            rows.append(header);
            int r = f - 1;
            while (r + k <= j) {
                Row row{lines.at(r).start, lines.at(r + k - 1).end, {}};
                bool ok = !isNumeric(lines.at(r));
                for (int c = 0; c < k; ++c) {
                    row.cells.append(lines.at(r + c));
                    if (c > 0 && !isNumeric(lines.at(r + c))) ok = false;
                }
                if (!ok) break;
                rows.append(row);
                r += k;
            }
            if (rows.size() < 3)
                continue; // a header and at least two rows make a table
            const int before = int(out.size());
            reader.readRows(rows, out);
            if (out.size() > before) {
                read = true;
                consumed = r;
            }
        }
        i = read ? qMax(consumed, i + 1) : j;
    }
    return out;
}

} // namespace fz

#include "pdftext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVector>
#include <algorithm>

namespace fz {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x3000 && u <= 0x303F) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

bool isDigitLike(QChar c)
{
    return c.isDigit() || c == u'.' || c == u'%' || c == u',';
}

// 行政 处罚 259 件 -> 行政处罚259件; ASCII words keep their spaces.
QString dropCjkSpaces(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isSpace()) {
            qsizetype j = i;
            while (j < line.size() && line.at(j).isSpace()) ++j;
            const QChar before = out.isEmpty() ? QChar() : out.back();
            const QChar after = j < line.size() ? line.at(j) : QChar();
            const bool glue = (isCjk(before) && (isCjk(after) || isDigitLike(after))) ||
                              (isDigitLike(before) && isCjk(after));
            if (!glue && !out.isEmpty() && j < line.size())
                out += u' ';
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

bool endsSentence(const QString &line)
{
    static const QString enders = QStringLiteral("。！？；：!?;:」』”）)");
    return !line.isEmpty() && enders.contains(line.back());
}

// A line that stands alone: a heading (一、… (一)… 1.…) or a short line.
bool startsBlock(const QString &line)
{
    static const QRegularExpression marker(QStringLiteral("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|附件|附表)"));
    return marker.match(line).hasMatch();
}

// A line's runs of text between spaces.
QStringList spaceCells(const QString &line)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return line.trimmed().split(spaces, Qt::SkipEmptyParts);
}

// 行政检查（次） 4,917 5,862 +19.2% / 指标 2018年 2019年 同比: a row of a table drawn on the page,
// its cells apart by spaces. At least two cells are figures (or years) and no cell is a single
// character (a justified line of prose spaces out single characters). The cells, joined by tabs.
QString tableRow(const QStringList &cells)
{
    if (cells.size() < 3 || cells.size() > 10)
        return {};
    static const QRegularExpression figure(QStringLiteral("^[+\\-−]?[0-9][0-9,.]*(?:%|年|个百分点)?$"));
    int figures = 0;
    for (const QString &c : cells) {
        if (figure.match(c).hasMatch())
            ++figures;
        else if (c.size() < 2)
            return {};
    }
    // 执法检查（次） 2,416 其中联合执法检查87次: one figure after a label naming its unit, and a remark.
    const bool labelled = cells.first().endsWith(u'）') || cells.first().endsWith(u')');
    return figures >= 2 || (figures == 1 && labelled) ? cells.join(u'\t') : QString();
}

// The header above such a row: as many cells, none a single character, no figures.
QString headerRow(const QStringList &parts, int cells)
{
    if (parts.size() != cells)
        return {};
    for (const QString &p : parts)
        if (p.size() < 2 || std::any_of(p.begin(), p.end(), [](QChar c) { return c.isDigit(); }))
            return {};
    return parts.join(u'\t');
}

// A line standing alone at the head of a report (the first lines of the first page): a title ending
// in 报告, or an addressee (永州市人民政府：). Further on, such a line may be the wrapped end of prose.
bool titleOrAddressee(const QString &line, int full)
{
    if (line.size() > full || line.contains(u'。') || line.contains(u'，') || line.contains(u','))
        return false;
    return line.endsWith(QStringLiteral("报告")) || ((line.endsWith(u'：') || line.endsWith(u':')) && line.size() <= 20);
}

} // namespace

QString cleanPdfText(const QStringList &pages)
{
    // Lines that repeat on most pages (running heads, "第 3 页") are page furniture.
    QHash<QString, int> seen;
    QVector<QStringList> pageLines;
    static const QRegularExpression pageNumber(QStringLiteral("^(?:[-—–]\\s*)?(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*[/／]\\s*(?:共\\s*)?\\d{1,4}\\s*页?)?(?:\\s*[-—–])?$"));
    for (const QString &page : pages) {
        QStringList lines;
        const QStringList raw = page.split(QRegularExpression(QStringLiteral("\\r?\\n")));
        QVector<QStringList> cells;
        QStringList rows;
        for (const QString &l : raw) {
            cells << spaceCells(l);
            rows << tableRow(cells.last());
        }
        for (qsizetype i = raw.size() - 1; i > 0; --i)
            if (!rows.at(i).isEmpty() && rows.at(i - 1).isEmpty())
                rows[i - 1] = headerRow(cells.at(i - 1), int(rows.at(i).count(u'\t')) + 1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QString l = rows.at(i).isEmpty() ? dropCjkSpaces(raw.at(i).trimmed()) : rows.at(i);
            if (!l.isEmpty())
                lines << l;
        }
        QSet<QString> onPage(lines.begin(), lines.end());
        for (const QString &l : onPage)
            seen[l] += 1;
        pageLines << lines;
    }
    const int repeatThreshold = pages.size() >= 3 ? qMax(3, int(pages.size() * 0.6)) : 1000000;
    // The width of a full line: a paragraph's last line is shorter, a heading much shorter.
    QVector<int> lengths;
    for (const QStringList &lines : pageLines)
        for (const QString &l : lines)
            lengths << int(l.size());
    std::sort(lengths.begin(), lengths.end());
    const int full = lengths.isEmpty() ? 40 : qMax(12, lengths.at(int(lengths.size() * 3 / 4)));
    QString out;
    QString paragraph;
    auto flush = [&]() {
        if (!paragraph.isEmpty()) {
            if (!out.isEmpty()) out += QStringLiteral("\n\n");
            out += paragraph;
            paragraph.clear();
        }
    };
    int lineNumber = 0;
    for (const QStringList &lines : pageLines) {
        for (const QString &l : lines) {
            if (pageNumber.match(l).hasMatch() || seen.value(l) >= repeatThreshold)
                continue;
            const bool row = l.contains(u'\t');
            const bool alone = row || (++lineNumber <= 8 && titleOrAddressee(l, full));
            if (startsBlock(l) || alone)
                flush();
            if (!paragraph.isEmpty()) {
                // A line broken by the layout continues the paragraph; Chinese needs no space.
                const bool glue = isCjk(paragraph.back()) || isCjk(l.front()) || isDigitLike(paragraph.back());
                paragraph += glue ? QString() : QStringLiteral(" ");
            }
            paragraph += l;
            if (alone || (endsSentence(l) && l.size() < full * 0.92) || l.size() < full / 2)
                flush(); // a line short of the full width ends its paragraph (and headings stand alone)
        }
    }
    flush();
    return out;
}

} // namespace fz

#include "htmltext.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

namespace fz {
namespace {

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> map = {
        {QStringLiteral("amp"), u'&'}, {QStringLiteral("lt"), u'<'}, {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'}, {QStringLiteral("apos"), u'\''}, {QStringLiteral("nbsp"), 0x00A0},
        {QStringLiteral("ensp"), 0x2002}, {QStringLiteral("emsp"), 0x2003}, {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ldquo"), 0x201C}, {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("middot"), 0x00B7}, {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("times"), 0x00D7}, {QStringLiteral("divide"), 0x00F7}, {QStringLiteral("yen"), 0x00A5},
        {QStringLiteral("copy"), 0x00A9}, {QStringLiteral("reg"), 0x00AE}, {QStringLiteral("deg"), 0x00B0},
        {QStringLiteral("plusmn"), 0x00B1}, {QStringLiteral("permil"), 0x2030}, {QStringLiteral("laquo"), 0x00AB},
        {QStringLiteral("raquo"), 0x00BB}, {QStringLiteral("sect"), 0x00A7}, {QStringLiteral("para"), 0x00B6},
        {QStringLiteral("shy"), 0x00AD}, {QStringLiteral("zwsp"), 0x200B}, {QStringLiteral("rarr"), 0x2192},
        {QStringLiteral("larr"), 0x2190}, {QStringLiteral("uarr"), 0x2191}, {QStringLiteral("darr"), 0x2193},
        {QStringLiteral("iexcl"), 0x00A1}, {QStringLiteral("cent"), 0x00A2}, {QStringLiteral("pound"), 0x00A3},
    };
    return map;
}

// Elements whose start or end begins a new line of text.
bool isBlock(QStringView tag)
{
    static const char *const blocks[] = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead",
                                         "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
                                         "footer", "nav", "aside", "dl", "dt", "dd", "blockquote", "pre", "hr",
                                         "form", "fieldset", "address", "center", "main", "figure", "figcaption",
                                         "caption", "title", "option"};
    for (const char *b : blocks)
        if (tag.compare(QLatin1String(b), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isCell(QStringView tag)
{
    return tag.compare(QLatin1String("td"), Qt::CaseInsensitive) == 0 ||
           tag.compare(QLatin1String("th"), Qt::CaseInsensitive) == 0;
}

// Content of these elements is not text of the page.
bool isSkipped(QStringView tag)
{
    static const char *const skipped[] = {"script", "style", "noscript", "template", "svg", "iframe", "object", "select", "textarea", "head"};
    for (const char *s : skipped)
        if (tag.compare(QLatin1String(s), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Elements without content or end tag.
bool isVoid(QStringView tag)
{
    static const char *const voids[] = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"};
    for (const char *v : voids)
        if (tag.compare(QLatin1String(v), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// An element the page does not show (style="display:none", hidden): share boxes, print copies.
bool isHidden(QStringView tag)
{
    static const QRegularExpression hidden(QStringLiteral("(?:display\\s*:\\s*none|\\shidden(?:\\s|=|/?>))"),
                                           QRegularExpression::CaseInsensitiveOption);
    return (tag.contains(u"none", Qt::CaseInsensitive) || tag.contains(u"hidden", Qt::CaseInsensitive)) &&
           hidden.match(tag).hasMatch();
}

// Where the element opened at tagEnd ends: after its matching end tag, nested ones counted.
qsizetype elementEnd(const QString &html, QStringView name, qsizetype tagEnd)
{
    const QString open = QLatin1Char('<') + name.toString();
    const QString close = QLatin1String("</") + name.toString();
    int depth = 1;
    qsizetype at = tagEnd;
    while (depth > 0) {
        const qsizetype o = html.indexOf(open, at, Qt::CaseInsensitive);
        const qsizetype c = html.indexOf(close, at, Qt::CaseInsensitive);
        if (c < 0)
            return html.size();
        const auto boundary = [&](qsizetype k, qsizetype len) {
            return k + len >= html.size() || !html.at(k + len).isLetterOrNumber();
        };
        if (o >= 0 && o < c) {
            if (boundary(o, open.size()))
                ++depth;
            at = o + open.size();
        } else {
            if (boundary(c, close.size()))
                --depth;
            at = c + close.size();
        }
    }
    const qsizetype gt = html.indexOf(u'>', at);
    return gt < 0 ? html.size() : gt + 1;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

} // namespace

QString decodeHtmlEntity(QStringView e)
{
    if (e.startsWith(u'#')) {
        bool ok = false;
        uint cp = (e.size() > 1 && (e.at(1) == u'x' || e.at(1) == u'X')) ? e.mid(2).toUInt(&ok, 16)
                                                                          : e.mid(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return {};
        const char32_t c32 = cp;
        return QString::fromUcs4(&c32, 1);
    }
    const auto it = namedEntities().constFind(e.toString());
    if (it == namedEntities().constEnd()) {
        // Entities are case-sensitive, but pages write &NBSP; too.
        const auto lower = namedEntities().constFind(e.toString().toLower());
        if (lower == namedEntities().constEnd())
            return {};
        return QString(QChar(*lower));
    }
    return QString(QChar(*it));
}

QByteArray sniffHtmlCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(8192).toLower();
    static const QRegularExpression re(
        QStringLiteral(R"(<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-]+))"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(head));
    if (m.hasMatch())
        return m.captured(1).toLatin1();
    return {};
}

HtmlText htmlToText(const QString &html)
{
    HtmlText out;
    QString text;
    text.reserve(html.size() / 2);
    const qsizetype n = html.size();
    qsizetype i = 0;
    bool pendingSpace = false;
    bool inPre = false;
    int cellsInRow = 0;
    // Tables: the cell being read, and cells that a rowspan above carries into later rows
    // (their text when it holds no digits, else empty, so that no figure is read twice).
    struct Carried { int rows = 0; QString text; };
    QVector<Carried> carried;  // by column
    int column = 0;            // of the next cell in the row
    bool inCell = false;
    qsizetype cellStart = 0;   // where the open cell's text begins
    int cellRowspan = 1, cellColspan = 1;
    auto spanAttribute = [&](QStringView tag, QLatin1String name) {
        static const QRegularExpression re(QStringLiteral("\\b(rowspan|colspan)\\s*=\\s*[\"']?(\\d{1,3})"),
                                           QRegularExpression::CaseInsensitiveOption);
        auto it = re.globalMatch(tag);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1).compare(name, Qt::CaseInsensitive) == 0)
                return qBound(1, m.captured(2).toInt(), 50);
        }
        return 1;
    };
    auto separator = [&]() {
        if (cellsInRow > 0) {
            while (text.endsWith(u' ')) text.chop(1);
            text += QLatin1String(" | ");
            pendingSpace = false;
        }
        ++cellsInRow;
    };
    auto emitCarried = [&]() {
        while (column < carried.size() && carried.at(column).rows > 0) {
            separator();
            text += carried.at(column).text;
            --carried[column].rows;
            ++column;
        }
    };
    auto finishCell = [&]() {
        if (!inCell)
            return;
        inCell = false;
        while (text.size() > cellStart && (text.endsWith(u' ') || text.endsWith(u'；'))) text.chop(1);
        const QString cellText = text.mid(cellStart).trimmed();
        const bool figures = std::any_of(cellText.cbegin(), cellText.cend(), [](QChar c) { return c.isDigit(); });
        for (int k = 0; k < cellColspan; ++k) {
            if (column + k >= carried.size())
                carried.resize(column + k + 1);
            if (cellRowspan > 1)
                carried[column + k] = {cellRowspan - 1, k == 0 && !figures ? cellText : QString()};
            if (k > 0) {
                // The columns it spans repeat a heading (数量 over two columns); figures stay once.
                separator();
                if (!figures)
                    text += cellText;
            }
        }
        column += cellColspan;
    };
    auto finishRow = [&]() {
        finishCell();
        if (cellsInRow > 0)
            emitCarried();
        column = 0;
        cellsInRow = 0;
    };
    auto newline = [&]() {
        while (text.endsWith(u' '))
            text.chop(1);
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        pendingSpace = false;
    };
    auto appendChar = [&](QChar c) {
        if (pendingSpace && !text.isEmpty() && !text.endsWith(u'\n') && !text.endsWith(u' '))
            text += u' ';
        pendingSpace = false;
        text += c;
    };
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype e = html.indexOf(QLatin1String("-->"), i + 4);
                i = e < 0 ? n : e + 3;
                continue;
            }
            if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
                const qsizetype e = html.indexOf(u'>', i);
                i = e < 0 ? n : e + 1;
                continue;
            }
            // Read the tag name.
            qsizetype j = i + 1;
            const bool closing = j < n && html.at(j) == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == u'-' || html.at(j) == u':'))
                ++j;
            if (j == nameStart) { // a lone '<' is text
                appendChar(c);
                ++i;
                continue;
            }
            const QStringView name = QStringView(html).mid(nameStart, j - nameStart);
            // Find the end of the tag, honouring quoted attribute values.
            QChar quote;
            while (j < n) {
                const QChar d = html.at(j);
                if (!quote.isNull()) {
                    if (d == quote) quote = QChar();
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'>') {
                    break;
                }
                ++j;
            }
            const qsizetype tagEnd = j < n ? j + 1 : n;
            if (name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0 && !closing) {
                const qsizetype e = html.indexOf(QLatin1String("</title"), tagEnd, Qt::CaseInsensitive);
                const QString raw = html.mid(tagEnd, (e < 0 ? n : e) - tagEnd);
                out.title = htmlToText(raw).text.simplified();
                const qsizetype close = e < 0 ? n : html.indexOf(u'>', e);
                i = close < 0 ? n : close + 1;
                continue;
            }
            if (!closing && isSkipped(name)) {
                // Skip to the matching end tag; <head> keeps its <title> (read above) only.
                const QString endTag = QLatin1String("</") + name.toString();
                if (name.compare(QLatin1String("head"), Qt::CaseInsensitive) == 0) {
                    const qsizetype e = html.indexOf(endTag, tagEnd, Qt::CaseInsensitive);
                    const QString headPart = html.mid(tagEnd, (e < 0 ? n : e) - tagEnd);
                    const HtmlText inner = htmlToText(headPart);
                    if (!inner.title.isEmpty())
                        out.title = inner.title;
                    const qsizetype close = e < 0 ? n : html.indexOf(u'>', e);
                    i = close < 0 ? n : close + 1;
                    continue;
                }
                const qsizetype e = html.indexOf(endTag, tagEnd, Qt::CaseInsensitive);
                const qsizetype close = e < 0 ? n : html.indexOf(u'>', e);
                i = close < 0 ? n : close + 1;
                continue;
            }
            if (!closing && isHidden(QStringView(html).mid(i, tagEnd - i)) && !isVoid(name) &&
                !QStringView(html).mid(i, tagEnd - i).endsWith(QLatin1String("/>"))) {
                i = elementEnd(html, name, tagEnd);
                continue;
            }
            if (name.compare(QLatin1String("pre"), Qt::CaseInsensitive) == 0)
                inPre = !closing;
            if (isCell(name)) {
                finishCell();
                if (!closing) {
                    emitCarried();
                    separator();
                    const QStringView tag = QStringView(html).mid(i, tagEnd - i);
                    cellRowspan = spanAttribute(tag, QLatin1String("rowspan"));
                    cellColspan = spanAttribute(tag, QLatin1String("colspan"));
                    inCell = true;
                    pendingSpace = false;
                    cellStart = text.size();
                }
            } else if (name.compare(QLatin1String("tr"), Qt::CaseInsensitive) == 0) {
                finishRow();
                newline();
            } else if (name.compare(QLatin1String("table"), Qt::CaseInsensitive) == 0) {
                finishRow();
                carried.clear();
                newline();
            } else if (isBlock(name)) {
                // Inside a cell a block (<br>, <p>) parts clauses; the row stays one line.
                if (inCell) {
                    while (text.size() > cellStart && text.endsWith(u' ')) text.chop(1);
                    if (text.size() > cellStart && !text.endsWith(u'；') && !text.endsWith(u'。'))
                        text += u'；';
                    pendingSpace = false;
                } else {
                    newline();
                }
            }
            i = tagEnd;
            continue;
        }
        if (c == u'&') {
            qsizetype j = i + 1;
            while (j < n && j - i <= 10 && (html.at(j).isLetterOrNumber() || html.at(j) == u'#'))
                ++j;
            if (j > i + 1) {
                const QString decoded = decodeHtmlEntity(QStringView(html).mid(i + 1, j - i - 1));
                if (!decoded.isNull()) {
                    for (QChar d : decoded)
                        appendChar(d);
                    i = (j < n && html.at(j) == u';') ? j + 1 : j;
                    continue;
                }
            }
            appendChar(c);
            ++i;
            continue;
        }
        if (isHtmlSpace(c) && !inPre) {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (inPre && c == u'\n') {
            text += u'\n';
            ++i;
            continue;
        }
        if (c == u'\r') { ++i; continue; }
        appendChar(c);
        ++i;
    }
    // Paragraph breaks: one blank line between blocks reads better than a wall of lines.
    QStringList lines = text.split(u'\n');
    QString joined;
    joined.reserve(text.size() + lines.size());
    for (QString &line : lines) {
        while (line.endsWith(u' ')) line.chop(1);
        while (line.startsWith(u' ')) line.remove(0, 1);
        if (line.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QLatin1String("\n\n");
        joined += line;
    }
    out.text = joined;
    return out;
}

} // namespace fz

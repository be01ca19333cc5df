#include "readerview.h"
#include "indicatorstyle.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>

namespace fz {

ReaderView::ReaderView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setObjectName(QStringLiteral("readerView"));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    setMouseTracking(true);
}

int ReaderView::toDocument(int codePoint) const
{
    return m_offsets ? m_offsets->toUtf16(codePoint) : codePoint;
}

void ReaderView::clearReport()
{
    m_reportId = 0;
    m_report = {};
    m_offsets.reset();
    m_mentions.clear();
    m_annotations.clear();
    m_current = 0;
    m_mentionMarks = m_annotationMarks = m_chromeMarks = 0;
    setPlainText(QString());
    setExtraSelections({});
}

void ReaderView::showReport(const ReportRecord &report, const QVector<StoredMention> &mentions,
                            const QVector<Annotation> &annotations)
{
    const bool same = report.summary.id == m_reportId;
    const int scroll = verticalScrollBar()->value();
    m_reportId = report.summary.id;
    m_report = report;
    m_offsets = std::make_unique<OffsetMap>(report.text);
    setPlainText(report.text);
    if (!same)
        m_current = 0;
    updateMarks(mentions, annotations);
    if (same)
        verticalScrollBar()->setValue(scroll);
}

void ReaderView::updateMarks(const QVector<StoredMention> &mentions, const QVector<Annotation> &annotations)
{
    m_mentions = mentions;
    std::sort(m_mentions.begin(), m_mentions.end(), [](const StoredMention &a, const StoredMention &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    m_annotations = annotations;
    applyMarks();
    bool stillThere = false;
    for (const StoredMention &m : m_mentions)
        if (m.id == m_current) stillThere = true;
    if (!stillThere)
        m_current = 0;
    setCurrent(m_current, false);
}

void ReaderView::applyMarks()
{
    // Formats live in the document: clear them, then lay chrome, mentions and annotations.
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    all.setCharFormat(QTextCharFormat());
    m_mentionMarks = m_annotationMarks = m_chromeMarks = 0;
    auto span = [&](int start, int end) {
        QTextCursor c(document());
        c.setPosition(toDocument(start));
        c.setPosition(toDocument(end), QTextCursor::KeepAnchor);
        return c;
    };
    QTextCharFormat dim;
    dim.setForeground(QColor(0x9e, 0x9e, 0x9e));
    for (const Span &s : m_report.chrome) {
        span(s.start, s.end).mergeCharFormat(dim);
        ++m_chromeMarks;
    }
    for (const StoredMention &m : m_mentions) {
        const QColor colour = IndicatorStyle::familyColor(m.key);
        QTextCharFormat f;
        if (!m.active()) {
            f.setFontStrikeOut(true);
            f.setForeground(QColor(0x80, 0x80, 0x80));
            f.setBackground(QColor(0xee, 0xee, 0xee));
        } else {
            f.setBackground(IndicatorStyle::tint(colour, m.headline ? 0.42 : 0.22));
            if (m.headline) {
                f.setFontWeight(QFont::Bold);
                f.setFontUnderline(true);
                f.setUnderlineColor(colour);
            }
        }
        f.setProperty(QTextFormat::UserProperty, m.id);
        span(m.start, m.end).mergeCharFormat(f);
        ++m_mentionMarks;
    }
    for (const Annotation &a : m_annotations) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(a.color));
        QTextCursor c = span(a.start, a.end);
        // Keep a mention's tint where an annotation covers it; tint bare text lightly.
        bool covered = false;
        for (const StoredMention &m : m_mentions)
            if (m.start < a.end && a.start < m.end) covered = true;
        if (!covered)
            f.setBackground(IndicatorStyle::tint(QColor(a.color), 0.35));
        c.mergeCharFormat(f);
        ++m_annotationMarks;
    }
}

const StoredMention *ReaderView::mentionAt(int utf16) const
{
    const int cp = m_offsets ? m_offsets->toCodePoint(utf16) : utf16;
    for (const StoredMention &m : m_mentions)
        if (cp >= m.start && cp < m.end)
            return &m;
    return nullptr;
}

void ReaderView::setCurrent(qint64 id, bool scroll)
{
    m_current = id;
    QList<QTextEdit::ExtraSelection> extras;
    for (const StoredMention &m : m_mentions) {
        if (m.id != id)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(toDocument(m.start));
        sel.cursor.setPosition(toDocument(m.end), QTextCursor::KeepAnchor);
        sel.format.setBackground(QColor(0xff, 0xc1, 0x07));
        sel.format.setForeground(Qt::black);
        extras << sel;
        if (scroll) {
            QTextCursor c = sel.cursor;
            setTextCursor(c);
            centerCursor();
        }
    }
    setExtraSelections(extras);
}

void ReaderView::goToMention(qint64 id)
{
    if (m_current == id) {
        setCurrent(id, true);
        return;
    }
    setCurrent(id, true);
    Q_EMIT currentMentionChanged(id);
}

void ReaderView::goToSpan(int start, int end)
{
    QTextCursor c(document());
    c.setPosition(toDocument(start));
    c.setPosition(toDocument(end), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
}

void ReaderView::nextMention()
{
    if (m_mentions.isEmpty())
        return;
    int index = -1;
    for (int i = 0; i < m_mentions.size(); ++i)
        if (m_mentions.at(i).id == m_current) index = i;
    if (index < 0) {
        // From the cursor: the first mention after it.
        const int cp = m_offsets ? m_offsets->toCodePoint(textCursor().position()) : textCursor().position();
        index = -1;
        for (int i = 0; i < m_mentions.size(); ++i)
            if (m_mentions.at(i).start >= cp) { index = i - 1; break; }
    }
    goToMention(m_mentions.at((index + 1) % m_mentions.size()).id);
}

void ReaderView::previousMention()
{
    if (m_mentions.isEmpty())
        return;
    int index = 0;
    for (int i = 0; i < m_mentions.size(); ++i)
        if (m_mentions.at(i).id == m_current) index = i;
    goToMention(m_mentions.at((index - 1 + m_mentions.size()) % m_mentions.size()).id);
}

bool ReaderView::selectionSpan(int *start, int *end) const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return false;
    *start = m_offsets ? m_offsets->toCodePoint(c.selectionStart()) : c.selectionStart();
    *end = m_offsets ? m_offsets->toCodePoint(c.selectionEnd()) : c.selectionEnd();
    return *end > *start;
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(help->pos());
        if (const StoredMention *m = mentionAt(c.position())) {
            QToolTip::showText(help->globalPos(), IndicatorStyle::tooltip(*m), viewport());
            return true;
        }
        const int cp = m_offsets ? m_offsets->toCodePoint(c.position()) : c.position();
        for (const Annotation &a : m_annotations) {
            if (cp >= a.start && cp < a.end) {
                QToolTip::showText(help->globalPos(), tr("Note: %1").arg(a.note.isEmpty() ? tr("(empty)") : a.note), viewport());
                return true;
            }
        }
        for (const Span &s : m_report.chrome) {
            if (cp >= s.start && cp < s.end) {
                QToolTip::showText(help->globalPos(), tr("Site navigation, not part of the report"), viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (textCursor().hasSelection())
        return;
    if (const StoredMention *m = mentionAt(textCursor().position()))
        goToMention(m->id);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const StoredMention *m = mentionAt(cursorForPosition(event->pos()).position()))
        if (m->id != m_current && !textCursor().hasSelection())
            goToMention(m->id);
    QMenu *menu = createStandardContextMenu(event->pos());
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace fz

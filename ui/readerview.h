#pragma once
// A report's text with its indicator mentions highlighted (one colour per family, the headline
// bold and underlined, rejected ones struck through), annotations underlined in their colour and
// site chrome dimmed. Hovering a mention shows its indicator and value; clicking selects it.
#include "reportedits.h"
#include "reportstore.h"
#include "textoffsets.h"

#include <QPlainTextEdit>
#include <memory>

namespace fz {

class ReaderView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showReport(const ReportRecord &report, const QVector<StoredMention> &mentions, const QVector<Annotation> &annotations);
    void updateMarks(const QVector<StoredMention> &mentions, const QVector<Annotation> &annotations);
    void clearReport();
    qint64 reportId() const { return m_reportId; }

    int mentionHighlightCount() const { return m_mentionMarks; }
    int annotationHighlightCount() const { return m_annotationMarks; }
    int chromeHighlightCount() const { return m_chromeMarks; }

    qint64 currentMention() const { return m_current; }
    void goToMention(qint64 mentionId);
    void goToSpan(int start, int end); // code points
    void nextMention();
    void previousMention();
    const StoredMention *mentionAt(int utf16Position) const;

    // The selection in code points; false when nothing is selected.
    bool selectionSpan(int *start, int *end) const;
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

Q_SIGNALS:
    void currentMentionChanged(qint64 mentionId);

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyMarks();
    void setCurrent(qint64 id, bool scroll);
    int toDocument(int codePoint) const;

    qint64 m_reportId = 0;
    ReportRecord m_report;
    std::unique_ptr<OffsetMap> m_offsets;
    QVector<StoredMention> m_mentions;   // sorted by start
    QVector<Annotation> m_annotations;
    qint64 m_current = 0;
    int m_mentionMarks = 0;
    int m_annotationMarks = 0;
    int m_chromeMarks = 0;
    QList<QAction *> m_contextActions;
};

} // namespace fz

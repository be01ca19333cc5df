#pragma once
// One report open for reading and correcting: the highlighted text, and beside it the mentions
// (★ headline, ✓ verified, value editable), the annotations and the metadata. Every change is an
// undoable command saved at once.
#include "reportedits.h"
#include "reportstore.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace fz {

class AnnotationsModel;
class LibrarySession;
class MentionsModel;
class ReaderView;

class ReportPanel : public QWidget
{
    Q_OBJECT
public:
    ReportPanel(LibrarySession *session, QUndoStack *undo, QWidget *parent = nullptr);

    void openReport(qint64 reportId); // 0 closes
    qint64 reportId() const { return m_reportId; }
    ReaderView *reader() const { return m_reader; }
    MentionsModel *mentionsModel() const { return m_mentions; }
    AnnotationsModel *annotationsModel() const { return m_annotations; }
    QTableView *mentionsView() const { return m_mentionsView; }
    QSplitter *splitter() const { return m_split; }
    QList<QAction *> editActions() const;

    QAction *annotateAction() const { return m_annotate; }
    QAction *addMentionAction() const { return m_addMention; }
    QAction *verifyAction() const { return m_verify; }
    QAction *headlineAction() const { return m_headline; }
    QAction *rejectAction() const { return m_reject; }
    QAction *editValueAction() const { return m_editValue; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *deleteAnnotationAction() const { return m_deleteAnnotation; }
    QAction *reextractAction() const { return m_reextract; }

    // What the dialogs do once the analyst has answered; tests call these directly.
    bool annotateSelection(const QString &note, const QString &color);
    bool addMentionFromSelection(const QString &key, double value, const QString &unit, bool verified);
    bool setValue(qint64 mentionId, double value);
    const StoredMention *currentMention() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void reload();
    void annotate();
    void addMention();
    void editValue();
    void toggleVerified();
    void makeHeadline();
    void toggleRejected();
    void deleteAnnotation();
    void reextract();
    void selectMentionRow(qint64 id);
    void commitMetadata(const QString &field, const QVariant &value);
    void updateActions();
    static QString emptyHeader();

    LibrarySession *m_session;
    QUndoStack *m_undo;
    qint64 m_reportId = 0;
    ReportRecord m_record;
    QVector<StoredMention> m_current;
    QVector<Annotation> m_currentAnnotations;

    QSplitter *m_split;
    ReaderView *m_reader;
    QLabel *m_header;
    QTabWidget *m_side;
    MentionsModel *m_mentions;
    AnnotationsModel *m_annotations;
    QTableView *m_mentionsView;
    QTableView *m_annotationsView;
    QLineEdit *m_region;
    QLineEdit *m_parents;
    QComboBox *m_level;
    QSpinBox *m_year;
    QLineEdit *m_published;
    QLabel *m_fileInfo;

    QAction *m_annotate, *m_addMention, *m_verify, *m_headline, *m_reject, *m_editValue, *m_next, *m_previous,
        *m_deleteAnnotation, *m_reextract;
};

} // namespace fz

#pragma once
// Every change an analyst makes, as an undoable command. redo() and undo() each write one
// transaction through ReportEdits, so nothing waits for a Save; a command whose first redo
// fails (a conflict, a vanished row) marks itself obsolete and reports why.
#include "reportedits.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>
#include <functional>

namespace fz {

class LibrarySession;

class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(fz::EditCommand)
public:
    // Called with a message when a change could not be written.
    static void setErrorHandler(std::function<void(const QString &)> handler);

protected:
    EditCommand(LibrarySession *session, qint64 reportId, const QString &text);
    // Runs an edit; on failure reports it and, on the first redo, makes the command obsolete.
    bool check(EditResult r, bool firstRun);
    void changed();
    // The version a row has now (-1 when gone): the next write expects it, so that a change
    // another analyst made meanwhile is detected instead of overwritten.
    int mentionVersion(qint64 mentionId) const;
    int annotationVersion(qint64 annotationId) const;
    LibrarySession *m_session;
    qint64 m_reportId;
    bool m_done = false;
};

class AddAnnotationCommand : public EditCommand
{
public:
    AddAnnotationCommand(LibrarySession *s, const Annotation &a);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }
private:
    Annotation m_annotation;
};

class EditAnnotationCommand : public EditCommand
{
public:
    EditAnnotationCommand(LibrarySession *s, const Annotation &before, const QString &note, const QString &color);
    void redo() override;
    void undo() override;
private:
    Annotation m_before;
    QString m_note, m_color;
    int m_version;
};

class DeleteAnnotationCommand : public EditCommand
{
public:
    DeleteAnnotationCommand(LibrarySession *s, const Annotation &a);
    void redo() override;
    void undo() override;
private:
    Annotation m_annotation;
};

class SetValueCommand : public EditCommand
{
public:
    SetValueCommand(LibrarySession *s, const StoredMention &m, double value);
    void redo() override;
    void undo() override;
private:
    qint64 m_id;
    int m_version;
    double m_before, m_after;
};

class SetVerifiedCommand : public EditCommand
{
public:
    SetVerifiedCommand(LibrarySession *s, const StoredMention &m, bool verified);
    void redo() override;
    void undo() override;
private:
    qint64 m_id;
    int m_version;
    bool m_after;
};

class SetRejectedCommand : public EditCommand
{
public:
    SetRejectedCommand(LibrarySession *s, const StoredMention &m, bool rejected, const QVector<StoredMention> &reportMentions);
    void redo() override;
    void undo() override;
private:
    qint64 m_id;
    int m_version;
    QString m_key;
    bool m_after;
    QVector<StoredMention> m_before; // headline flags to restore
};

class MakeHeadlineCommand : public EditCommand
{
public:
    MakeHeadlineCommand(LibrarySession *s, const StoredMention &m, const QVector<StoredMention> &reportMentions);
    void redo() override;
    void undo() override;
private:
    qint64 m_id;
    int m_version;
    QString m_key;
    QVector<StoredMention> m_before;
};

class AddMentionCommand : public EditCommand
{
public:
    AddMentionCommand(LibrarySession *s, const StoredMention &m);
    void redo() override;
    void undo() override;
    qint64 mentionId() const { return m_mention.id; }
private:
    StoredMention m_mention;
};

class SetMetadataCommand : public EditCommand
{
public:
    SetMetadataCommand(LibrarySession *s, qint64 reportId, const QString &field, const QVariant &before,
                       const QVariant &after, const QStringList &editedBefore);
    void redo() override;
    void undo() override;
private:
    QString m_field;
    QVariant m_before, m_after;
    QStringList m_editedBefore;
};

} // namespace fz

#pragma once
// Small dialogs for annotating a selection and for adding an indicator mention by hand.
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QLabel;

namespace fz {

class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationDialog(const QString &selectedText, const QString &note, const QString &color, QWidget *parent = nullptr);
    QString note() const;
    QString color() const { return m_color; }
    static QStringList palette();

private:
    QPlainTextEdit *m_note;
    QString m_color;
};

class AddMentionDialog : public QDialog
{
    Q_OBJECT
public:
    AddMentionDialog(const QString &selectedText, QWidget *parent = nullptr);
    QString key() const;
    double value() const { return m_value; }
    QString unit() const;
    bool verified() const;

private:
    void validate();
    QComboBox *m_key;
    QLineEdit *m_valueEdit;
    QLineEdit *m_unit;
    QCheckBox *m_verified;
    QLabel *m_message;
    double m_value = 0;
};

} // namespace fz

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Preferences: language, transcript font and script, default chart export, library file.
// Reads and writes through AppSettings; the main window applies what changed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Writes the dialog's values to the settings.
    void save() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void chooseLibrary();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_fontLabel;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QLabel *m_scriptLabel;
    QComboBox *m_script;
    QCheckBox *m_vocabulary;
    QLabel *m_exportSizeLabel;
    QSpinBox *m_exportWidth;
    QSpinBox *m_exportHeight;
    QLabel *m_exportFormatLabel;
    QComboBox *m_exportFormat;
    QLabel *m_libraryLabel;
    QLineEdit *m_library;
    QPushButton *m_browseLibrary;
    QLabel *m_libraryNote;
    QLabel *m_colourSchemeLabel;
    QComboBox *m_colourScheme;
    QDialogButtonBox *m_buttons;
};

#pragma once

#include <QDialog>

class QTextBrowser;

// Help > User Guide: the offline guide in the interface language (resources/guide), English
// where there is none for it. Shown without a modal loop, so the reader can keep it open
// beside the window.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The guide's resource for a UI language ("zh_TW", "zh_CN", "en", or "" for the system's).
    static QString guidePath(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser;
};

// The window: the enrolment page until the device is enrolled, then the app shell. Sizes itself for a
// 1280×800 tablet; the shell switches to the phone layout below 700 px of width.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import SoHoi.Models

ApplicationWindow {
    id: window
    required property AppController app

    width: 1280
    height: 800
    visible: true
    title: qsTr("Sổ Hội")
    font.family: "Noto Sans"
    font.pixelSize: 16
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    /// Shows a page by name ("home", "list:activity", "editor:activity", "sync", "settings", …).
    function showPage(name) { if (shellLoader.item) shellLoader.item.showPage(name) }

    Loader {
        id: shellLoader
        anchors.fill: parent
        active: window.app.enrolled
        sourceComponent: AppShell { app: window.app }
    }
    Loader {
        anchors.fill: parent
        active: !window.app.enrolled
        sourceComponent: EnrolmentPage { app: window.app }
    }
}

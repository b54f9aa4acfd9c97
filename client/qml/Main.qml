// The window: the enrolment page until the device is enrolled (or a person signed in), then the leader's
// app shell or, for a person signed in with an account, the workspace. Sizes itself for a 1280×800
// tablet; the leader's shell switches to the phone layout below 700 px of width.
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
    font.pixelSize: Theme.body
    // Sentence case everywhere: Material writes button words in capitals, which stacks Vietnamese
    // diacritics ("+ HỘ GIA ĐÌNH") and reads as shouting.
    font.capitalization: Font.MixedCase
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    // The text size chosen on the Settings page, for every page at once.
    Binding { target: Theme; property: "textScale"; value: window.app.textScale }

    /// Shows a page by name ("home", "list:activity", "editor:activity", "sync", "settings", …).
    function showPage(name) { if (shellLoader.item) shellLoader.item.showPage(name) }

    Loader {
        id: shellLoader
        anchors.fill: parent
        active: window.app.enrolled
        // A person signed in with an account gets the workspace; an enrolled tablet the leader's app.
        sourceComponent: window.app.workspace ? workspaceShell : appShell
    }
    Component { id: appShell; AppShell { app: window.app } }
    Component { id: workspaceShell; WorkspaceShell { app: window.app } }
    Loader {
        anchors.fill: parent
        active: !window.app.enrolled
        sourceComponent: EnrolmentPage { app: window.app }
    }
}

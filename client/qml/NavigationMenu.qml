// The list of places in the app under the unit's name, as NavigationModel gives them: home, the weekly
// record lists, the "More" group (a tap opens or folds it), the review inbox, sync and settings.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Pane {
    id: menu
    required property AppController app
    required property NavigationModel navigation
    signal selected(string name)
    padding: 0
    Material.elevation: 2

    ReviewInboxModel { id: inbox; manager: menu.app.manager }


    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: unitColumn.implicitHeight + 32
            color: Theme.primary
            ColumnLayout {
                id: unitColumn
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 16 }
                Label { text: qsTr("Sổ Hội"); color: "white"; font.pixelSize: Theme.title; font.bold: true }
                Label {
                    text: menu.app.unitName
                    color: "white"; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Label {
                    text: menu.app.personName
                    color: "#E0F2F1"; font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
            }
        }
        ListView {
            id: entries
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: menu.navigation
            // The selected entry stays in view when the page changes (a long, unfolded menu scrolls).
            Connections {
                target: menu.navigation
                function onCurrentRowChanged() {
                    if (menu.navigation.currentRow >= 0) entries.positionViewAtIndex(menu.navigation.currentRow, ListView.Contain)
                }
            }
            delegate: ItemDelegate {
                id: entry
                required property string name
                required property string label
                required property bool isGroup
                required property bool indented
                required property bool selected
                required property bool dividerAbove
                width: ListView.view.width
                height: Theme.touch + 4
                text: isGroup ? (menu.navigation.moreExpanded ? "▾  " : "▸  ") + label : label
                font.weight: isGroup ? Font.Medium : Font.Normal
                leftPadding: indented ? 40 : 16
                highlighted: selected
                objectName: "nav_" + name
                onClicked: {
                    if (isGroup) menu.navigation.moreExpanded = !menu.navigation.moreExpanded
                    else menu.selected(name)
                }
                Rectangle {
                    visible: entry.dividerAbove
                    width: parent.width; height: 1
                    color: Theme.cardBorder
                }
                Label {
                    readonly property int badge: entry.name === "sync" ? menu.app.sync.pendingCount
                                               : entry.name === "inbox" ? inbox.count : 0
                    visible: badge > 0
                    text: badge
                    color: "white"
                    font.pixelSize: Theme.small
                    anchors { right: parent.right; rightMargin: 16; verticalCenter: parent.verticalCenter }
                    padding: 4
                    leftPadding: 8; rightPadding: 8
                    background: Rectangle { radius: height / 2; color: entry.name === "inbox" ? Theme.rejected : Theme.pending }
                }
            }
        }
    }
}

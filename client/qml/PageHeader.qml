// The bar at the top of every page: the menu button on a phone (or Back inside a stack), the title, and
// the page's own actions on the right.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ToolBar {
    id: bar
    property string title
    property var shell: null
    default property alias actions: actionRow.data
    Material.foreground: "white"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        spacing: 4
        ToolButton {
            id: navButton
            objectName: "navButton"
            visible: bar.shell !== null && (bar.shell.depth > 1 || !bar.shell.wide)
            text: bar.shell !== null && bar.shell.depth > 1 ? "‹" : "☰"
            font.pixelSize: 26
            implicitWidth: 56
            onClicked: bar.shell.depth > 1 ? bar.shell.back() : bar.shell.openMenu()
            Accessible.name: bar.shell !== null && bar.shell.depth > 1 ? qsTr("Back") : qsTr("Menu")
            // On a phone the menu hides the review inbox: the button itself says records came back.
            Label {
                objectName: "menuBadge"
                readonly property int count: bar.shell !== null && bar.shell.returnedCount !== undefined ? bar.shell.returnedCount : 0
                visible: count > 0 && bar.shell.depth <= 1
                text: count
                color: "white"
                font.pixelSize: 12; font.bold: true
                anchors { right: parent.right; top: parent.top; rightMargin: 2; topMargin: 4 }
                leftPadding: 6; rightPadding: 6; topPadding: 1; bottomPadding: 1
                background: Rectangle { radius: height / 2; color: Theme.rejected; border.color: "white" }
            }
        }
        Label {
            text: bar.title
            elide: Label.ElideRight
            font.pixelSize: Theme.title
            font.weight: Font.Medium
            Layout.fillWidth: true
            Layout.leftMargin: navButton.visible ? 0 : 12
        }
        RowLayout { id: actionRow; spacing: 4 }
    }
}

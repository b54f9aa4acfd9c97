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
        }
        Label {
            text: bar.title
            elide: Label.ElideRight
            font.pixelSize: 20
            font.weight: Font.Medium
            Layout.fillWidth: true
            Layout.leftMargin: navButton.visible ? 0 : 12
        }
        RowLayout { id: actionRow; spacing: 4 }
    }
}

// One kind's records, newest first and grouped by month, with a search box that ignores diacritics
// ("nguyen thi" finds "Nguyễn Thị") and a button to add a record.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "list:" + kind
    property string kind: "activity"
    objectName: "recordListPage"
    readonly property alias model: records

    RecordListModel {
        id: records
        manager: page.app.manager
        kind: page.kind
        searchText: search.text
    }

    header: PageHeader {
        title: records.kindLabel
        shell: page.shell
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.bottomMargin: 4
            placeholderText: qsTr("Search by name (accents not needed)")
            inputMethodHints: Qt.ImhNoPredictiveText
            rightPadding: clearButton.visible ? clearButton.width : 0
            ToolButton {
                id: clearButton
                visible: search.text.length > 0
                text: "✕"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                onClicked: search.clear()
                Accessible.name: qsTr("Clear search")
            }
        }
        Label {
            objectName: "addHint"
            visible: !records.canAdd && records.addHint.length > 0
            text: records.addHint
            wrapMode: Text.Wrap
            color: Theme.muted
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            Layout.bottomMargin: 4
        }
        Label {
            Layout.leftMargin: Theme.gap
            color: Theme.muted
            font.pixelSize: Theme.small
            text: records.count === records.totalCount
                  ? qsTr("%n record(s)", "", records.totalCount)
                  : qsTr("%1 of %2 shown").arg(records.count).arg(records.totalCount)
        }
        ListView {
            id: list
            objectName: "recordList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: records
            // Room under the last row: the + button floats over the list and must never cover it.
            bottomMargin: addButton.visible ? addButton.height + 2 * 24 : 0
            section.property: "section"
            section.delegate: Label {
                required property string section
                text: section
                visible: section.length > 0
                height: visible ? implicitHeight : 0
                width: ListView.view.width
                padding: 8
                leftPadding: Theme.gap
                font.weight: Font.Medium
                color: Theme.primary
                background: Rectangle { color: "#F5F5F5" }
            }
            delegate: RecordDelegate {
                width: list.width
                showsCriteria: page.kind === "household"
                onClicked: if (page.shell) page.shell.openDetail(recordId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        Label {
            visible: records.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            color: Theme.muted
            text: records.totalCount > 0 ? qsTr("No record matches the search.")
                : records.canAdd ? qsTr("Nothing recorded yet. Tap + to add the first one.")
                : qsTr("Nothing recorded yet.")
        }
    }

    RoundButton {
        id: addButton
        objectName: "addButton"
        visible: records.canAdd
        text: "+"
        font.pixelSize: 30
        width: 64; height: 64
        highlighted: true
        Material.accent: Theme.accent
        anchors { right: parent.right; bottom: parent.bottom; margins: 24 }
        onClicked: if (page.shell) page.shell.openEditor(page.kind, "")
        Accessible.name: qsTr("Add")
    }
}

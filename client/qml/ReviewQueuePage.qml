// Hàng chờ duyệt: the records of the unit's subtree awaiting a decision, newest first, beside the chosen
// record. Filters narrow the list (commune unit, branch, kind, dates, status, text without diacritics);
// the keyboard works it: ↑/↓ move, A approves, R returns with a comment, Space selects, Ctrl+A selects
// every row shown, Ctrl+Enter approves the selection, Ctrl+F searches.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "review"
    objectName: "reviewQueuePage"
    readonly property alias queue: queue
    readonly property alias list: list
    readonly property string chosenId: queue.count > 0 && list.currentIndex >= 0 ? queue.recordIdAt(list.currentIndex) : ""

    ReviewQueueModel { id: queue; manager: page.app.manager }
    ReviewController { id: review; manager: page.app.manager }

    function approveChosen() { if (page.chosenId.length > 0) review.approve(page.chosenId) }
    function returnChosen() { if (page.chosenId.length > 0) returnDialog.openFor(page.chosenId) }

    header: PageHeader {
        title: qsTr("Review queue") + " · " + queue.count
        shell: page.shell
        ToolButton {
            objectName: "approveSelectedButton"
            text: qsTr("Approve %n selected", "", queue.selectedCount)
            enabled: queue.selectedCount > 0
            onClicked: review.approveAll(queue.selectedIds)
        }
    }

    Shortcut { sequence: "Ctrl+F"; onActivated: search.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+A"; enabled: !search.activeFocus; onActivated: queue.selectAllShown() }
    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; onActivated: review.approveAll(queue.selectedIds) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        ReviewFilterBar {
            Layout.fillWidth: true
            queue: queue
            TextField {
                id: search
                objectName: "searchField"
                placeholderText: qsTr("Search (diacritics optional)")
                Layout.preferredWidth: 240
                onTextChanged: queue.search = text
                Keys.onDownPressed: list.forceActiveFocus()
            }
        }
        Label {
            objectName: "reviewError"
            Layout.fillWidth: true
            Layout.margins: 8
            visible: review.error.length > 0
            text: review.error
            color: Theme.rejected
            wrapMode: Text.Wrap
        }
        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: list
                objectName: "queueList"
                SplitView.preferredWidth: page.width * 0.5
                SplitView.minimumWidth: 360
                clip: true
                focus: true
                model: queue
                currentIndex: 0
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                Keys.onPressed: (event) => {
                    if (event.modifiers !== Qt.NoModifier) return
                    if (event.key === Qt.Key_A) { page.approveChosen(); event.accepted = true }
                    else if (event.key === Qt.Key_R) { page.returnChosen(); event.accepted = true }
                }
                delegate: ReviewQueueDelegate {
                    width: ListView.view.width
                    current: ListView.isCurrentItem
                    onChosen: { list.currentIndex = index; list.forceActiveFocus() }
                    onToggled: queue.toggleSelected(index)
                }
                Label {
                    anchors.centerIn: parent
                    visible: queue.count === 0
                    width: parent.width - 48
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    text: queue.totalCount === 0 ? qsTr("No records from your units yet. They appear here after a sync.")
                                                 : qsTr("Nothing matches these filters.")
                }
            }
            ReviewRecordPane {
                SplitView.fillWidth: true
                app: page.app
                recordId: page.chosenId
                mayDecide: page.chosenId.length > 0 && review.mayDecide(page.chosenId)
                onApproveRequested: page.approveChosen()
                onReturnRequested: page.returnChosen()
            }
        }
    }

    ReturnDialog {
        id: returnDialog
        onConfirmed: (recordId, comment) => review.returnRecord(recordId, comment)
    }
}

"""Paints one deal card: title, account, amount, rep, days in stage; stuck cards in red; an open
deal past its expected close date says by how many days."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap, QPixmapCache
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QToolTip

from models import formatting
from models.domain.funnel_board import short_money
from widgets.i18n import tr

CARD_HEIGHT = 82   # four lines: title, account, rep, amount and days
MARGIN = 4

BG = QColor("#ffffff")
BG_STUCK = QColor("#fdecea")
BAR = QColor("#9aa5b1")
BAR_STUCK = QColor("#d93025")
BAR_WON = QColor("#1e8e3e")
BORDER = QColor("#d5dbe1")
SELECTED = QColor("#1a73e8")
MUTED = QColor("#5f6368")
TEXT = QColor("#202124")
OVERDUE = QColor("#a85300")     # amber, readable on white and on the stuck card's pink
STATE_SELECTED = QStyle.StateFlag.State_Selected
STATE_FOCUS = QStyle.StateFlag.State_HasFocus
ELIDE = Qt.TextElideMode.ElideRight
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))  # KB: ~1,000 cards

# A card's amount as painted ('USD 56.4k'), by (amount, currency, locale): Babel takes tens of
# µs a call and a column of cards shares few distinct texts. Filled by warm_card_texts() in a
# page's background load for the cards seen first, and by paint() for the others.
_amounts: dict[tuple, str] = {}


def amount_text(amount, currency: str) -> str:
    key = (amount, currency, formatting.current_locale())
    text = _amounts.get(key)
    if text is None:
        if len(_amounts) > 20_000:
            _amounts.clear()
        text = _amounts[key] = short_money(amount, currency)
    return text


def warm_card_texts(cards) -> None:
    """Format these cards' figures now (off the GUI thread, in a background load), so that
    painting them finds the texts made (and Babel's locale data read from disk)."""
    for card in cards:
        amount_text(card.amount, card.currency)
        formatting.number(card.days_in_stage)
        formatting.number(getattr(card, "overdue_days", 0))


class CardDelegate(QStyledItemDelegate):
    """Cards are plain records with: title, account, amount, currency, rep_name, days_in_stage,
    stuck, status. Fixed height, so a view with uniform item sizes never measures 50k rows."""

    def __init__(self, card_at, parent=None, *, tooltip=None):
        """`card_at(row)` gives the card record of a row of the view this delegate paints;
        `tooltip(row)` the text shown when the pointer rests on it."""
        super().__init__(parent)
        self.card_at = card_at
        self.tooltip = tooltip
        self._fonts_made: tuple | None = None

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The title's and the small lines' fonts and their metrics, made once."""
        if self._fonts_made is None:
            title_font = QFont(base)
            title_font.setBold(True)
            small_font = QFont(base)
            small_font.setPointSizeF(max(base.pointSizeF() - 1, 7))
            self._fonts_made = (title_font, small_font, QFontMetrics(title_font),
                                QFontMetrics(small_font))
        return self._fonts_made

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt override
        if (self.tooltip is not None and event.type() == QEvent.Type.ToolTip
                and index.isValid()):
            QToolTip.showText(event.globalPos(), self.tooltip(index.row()), view)
            return True
        return super().helpEvent(event, view, option, index)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, CARD_HEIGHT)

    def paint(self, painter: QPainter, option, index) -> None:
        """Cards are drawn once into a cached pixmap: after a move or a scroll the shifted cards
        are copied, not laid out and drawn again (text drawing is most of a card's cost)."""
        card = self.card_at(index.row())
        if card is None:
            return
        selected = bool(option.state & STATE_SELECTED)
        size = option.rect.size()
        key = (f"kanban:{card.id}:{card.version}:{card.days_in_stage}:{card.stuck:d}:"
               f"{card.status}:{getattr(card, 'overdue_days', 0)}:{selected:d}:{size.width()}x{size.height()}:"
               f"{hash((card.title, card.account, card.rep_name, card.amount, card.currency))}")
        pixmap = QPixmapCache.find(key)
        if pixmap is None:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            self._paint_card(card_painter, QRect(0, 0, size.width(), size.height()), option.font,
                             card, selected)
            card_painter.end()
            QPixmapCache.insert(key, pixmap)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _paint_card(self, painter: QPainter, area: QRect, font: QFont, card, selected: bool) -> None:
        title_font, small_font, metrics, small = self._fonts(font)
        rect = area.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected else 1))
        painter.setBrush(BG_STUCK if card.stuck else BG)
        painter.drawRoundedRect(rect, 4, 4)
        bar = BAR_STUCK if card.stuck else (BAR_WON if card.status == "won" else BAR)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 4, 3, rect.height() - 8), bar)
        inner = rect.adjusted(9, 4, -4, -4)
        line = inner.height() // 4

        painter.setFont(title_font)
        painter.setPen(TEXT)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), LEFT,
                         metrics.elidedText(card.title, ELIDE, inner.width()))

        painter.setFont(small_font)
        painter.setPen(MUTED)
        account = card.account or "—"
        middle = QRect(inner.left(), inner.top() + line, inner.width(), line)
        overdue = getattr(card, "overdue_days", 0)
        # Short: in a narrow column "close date 5 d ago" lost its first letters.
        late = tr("{days} d late").format(days=formatting.number(overdue)) if overdue else ""
        late_width = min(small.horizontalAdvance(late) + 6, inner.width() // 2) if late else 0
        if late:
            painter.setPen(OVERDUE)
            painter.drawText(middle, RIGHT, small.elidedText(late, ELIDE, late_width - 4))
            painter.setPen(MUTED)
        painter.drawText(middle.adjusted(0, 0, -late_width, 0), LEFT,
                         small.elidedText(account, ELIDE, max(inner.width() - late_width, 0)))

        # The rep has a line of their own: beside the amount a name was cut to a few letters.
        rep_line = QRect(inner.left(), inner.top() + 2 * line, inner.width(), line)
        painter.drawText(rep_line, LEFT, small.elidedText(card.rep_name or "", ELIDE,
                                                          inner.width()))
        bottom = QRect(inner.left(), inner.top() + 3 * line, inner.width(), line)
        in_stage = formatting.number(card.days_in_stage)
        days = (tr("stuck {days} d").format(days=in_stage) if card.stuck
                else tr("{days} d").format(days=in_stage))
        amount = amount_text(card.amount, card.currency)
        # The amount is whole; the days give way ("stuck 1…") when the card is narrow.
        days_width = max(min(small.horizontalAdvance(days) + 6,
                             inner.width() - small.horizontalAdvance(amount) - 4), 0)
        painter.setPen(BAR_STUCK if card.stuck else MUTED)
        painter.drawText(bottom.adjusted(inner.width() - days_width, 0, 0, 0), RIGHT,
                         small.elidedText(days, ELIDE, days_width))
        painter.setPen(TEXT)
        painter.drawText(bottom.adjusted(0, 0, -days_width, 0), LEFT, amount)
        painter.restore()

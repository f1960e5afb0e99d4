"""The childcare tables use the shared colour delegate (moved to ui/common/delegate.py)."""

from ui.common.delegate import RoleColourDelegate

__all__ = ["RoleColourDelegate"]

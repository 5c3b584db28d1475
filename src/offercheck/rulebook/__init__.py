"""Rules are data: YAML files under rules/, validated and compiled when loaded."""
from offercheck.rulebook.loader import Rule, Pattern, Rulebook, load_rulebook, default_rules_dir

__all__ = ["Rule", "Pattern", "Rulebook", "load_rulebook", "default_rules_dir"]

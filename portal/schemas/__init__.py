"""The instrument format: layout, fields, the schema, and mapping to and from the models."""

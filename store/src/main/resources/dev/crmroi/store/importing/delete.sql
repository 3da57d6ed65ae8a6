DELETE FROM ${table} USING import_valid v WHERE ${key_join_v_table}

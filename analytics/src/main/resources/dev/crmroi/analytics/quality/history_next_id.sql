SELECT nextval('quality_run_ids')

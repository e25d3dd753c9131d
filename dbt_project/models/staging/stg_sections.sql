select * from {{ source('raw', 'sections') }}

select * from {{ source('raw', 'suggestions') }}
